import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';
import { chooseBrowser, type MachineView } from './choose-browser';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const path = join(dir, command);
    if (isExecutable(path)) return path;
  }
  return undefined;
}

export function thisMachine(): MachineView {
  return {
    chromiumPathEnv: process.env.CHROMIUM_PATH || undefined,
    isExecutable,
    onPath,
    playwrightChromium: chromium.executablePath(),
    isRoot: process.getuid?.() === 0,
  };
}

/**
 * The Chromium Playwright should launch: the one tools/ensure-browser.ts found or installed.
 * Undefined leaves Playwright to its own error (only when the config runs without that script).
 */
export function findBrowser(): string | undefined {
  const choice = chooseBrowser(thisMachine());
  return choice.kind === 'found' ? choice.path : undefined;
}
