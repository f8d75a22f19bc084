import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';
import { type BrowserChoice, chooseBrowser, type MachineView } from './choose-browser';

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

/** The browser on this machine, or what to do about its absence (see `tools/ensure-browser.ts`). */
export function findBrowser(): BrowserChoice {
  return chooseBrowser(thisMachine());
}

/** The executable Playwright should launch; undefined leaves Playwright to its own error. */
export function browserExecutable(): string | undefined {
  const choice = findBrowser();
  return choice.kind === 'found' ? choice.path : undefined;
}
