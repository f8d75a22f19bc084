import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { thisMachine } from './find-browser';

describe('thisMachine: the real filesystem as the chooser sees it', () => {
  afterEach(() => vi.unstubAllEnvs());

  const dir = mkdtempSync(join(tmpdir(), 'find-browser-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  mkdirSync(join(bin, 'chromium-browser')); // a directory is not a browser
  writeFileSync(join(bin, 'chromium'), ''); // nor is a file without the executable bit
  writeFileSync(join(bin, 'google-chrome'), '#!/bin/sh\n');
  chmodSync(join(bin, 'google-chrome'), 0o755);

  it('finds only executable files on PATH, as `command -v` would', () => {
    vi.stubEnv('PATH', `${join(dir, 'nothing-here')}:${bin}`);
    const machine = thisMachine();
    expect(machine.onPath('chromium')).toBeUndefined();
    expect(machine.onPath('chromium-browser')).toBeUndefined();
    expect(machine.onPath('google-chrome')).toBe(join(bin, 'google-chrome'));
  });

  it('treats an empty CHROMIUM_PATH as unset', () => {
    vi.stubEnv('CHROMIUM_PATH', '');
    expect(thisMachine().chromiumPathEnv).toBeUndefined();
    vi.stubEnv('CHROMIUM_PATH', '/opt/chrome/chrome');
    expect(thisMachine().chromiumPathEnv).toBe('/opt/chrome/chrome');
  });
});
