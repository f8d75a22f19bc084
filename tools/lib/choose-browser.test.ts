import { describe, expect, it } from 'vitest';
import {
  chooseBrowser,
  commandLine,
  failureReason,
  type MachineView,
  noBrowserMessage,
} from './choose-browser';

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine with these executables; PATH holds /usr/bin and /usr/local/bin. */
function machine(
  executables: readonly string[],
  options: { chromiumPathEnv?: string; isRoot?: boolean } = {},
): MachineView {
  const present = new Set(executables);
  return {
    chromiumPathEnv: options.chromiumPathEnv,
    isExecutable: (path) => present.has(path),
    onPath: (command) =>
      ['/usr/local/bin', '/usr/bin'].map((dir) => `${dir}/${command}`).find((p) => present.has(p)),
    playwrightChromium: PLAYWRIGHT,
    isRoot: options.isRoot ?? false,
  };
}

describe('chooseBrowser: which browser wins', () => {
  it.each([
    {
      name: 'CHROMIUM_PATH over everything',
      view: machine(['/opt/chrome/chrome', '/usr/bin/chromium', PLAYWRIGHT], {
        chromiumPathEnv: '/opt/chrome/chrome',
      }),
      path: '/opt/chrome/chrome',
    },
    {
      name: "Debian's /usr/bin/chromium over other commands and Playwright's download",
      view: machine(['/usr/bin/chromium', '/usr/local/bin/google-chrome', PLAYWRIGHT]),
      path: '/usr/bin/chromium',
    },
    {
      name: 'chromium found elsewhere on PATH',
      view: machine(['/usr/local/bin/chromium', '/usr/bin/google-chrome']),
      path: '/usr/local/bin/chromium',
    },
    {
      name: "Ubuntu's chromium-browser over google-chrome",
      view: machine(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']),
      path: '/usr/bin/chromium-browser',
    },
    {
      name: 'google-chrome when it is the only system browser',
      view: machine(['/usr/bin/google-chrome', PLAYWRIGHT]),
      path: '/usr/bin/google-chrome',
    },
    {
      name: "Playwright's download when the system has none",
      view: machine([PLAYWRIGHT, '/usr/bin/apt-get'], { isRoot: true }),
      path: PLAYWRIGHT,
    },
  ])('$name', ({ view, path }) => {
    expect(chooseBrowser(view)).toEqual({ kind: 'found', path });
  });

  it('a CHROMIUM_PATH that is not executable is reported, and nothing is installed', () => {
    const choice = chooseBrowser(
      machine(['/usr/bin/chromium', '/usr/bin/apt-get'], {
        chromiumPathEnv: '/opt/missing/chrome',
        isRoot: true,
      }),
    );
    expect(choice.kind).toBe('misconfigured');
    expect(choice.kind === 'misconfigured' && choice.message).toContain(
      'CHROMIUM_PATH is /opt/missing/chrome, which is not an executable file',
    );
  });
});

describe('chooseBrowser: what to install when there is no browser', () => {
  const stepsOf = (view: MachineView) => {
    const choice = chooseBrowser(view);
    return choice.kind === 'missing' ? choice.installSteps : [];
  };

  it("as root with apt-get: Debian's chromium first, then Playwright's download", () => {
    const steps = stepsOf(machine(['/usr/bin/apt-get'], { isRoot: true }));
    expect(steps.map((step) => step.kind)).toEqual(['apt', 'playwright']);
    expect(steps[0]?.commands.map(commandLine)).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq chromium',
    ]);
    expect(steps[0]?.notice).toBe(
      "installing Debian's chromium package (apt-get install chromium)…",
    );
  });

  it.each([
    { name: 'not root, apt-get present', view: machine(['/usr/bin/apt-get']) },
    { name: 'root without apt-get', view: machine([], { isRoot: true }) },
  ])("$name: only Playwright's download", ({ view }) => {
    const steps = stepsOf(view);
    expect(steps.map((step) => step.kind)).toEqual(['playwright']);
    expect(steps[0]?.commands).toEqual([
      { file: 'npx', args: ['playwright', 'install', 'chromium'] },
    ]);
  });
});

describe('failureReason', () => {
  it.each([
    {
      name: "apt's E: line, not its warnings",
      output:
        'W: Unable to read /etc/apt/sources.list.d/ - DirectoryExists\nE: Unable to locate package chromium\n',
      reason: 'Unable to locate package chromium',
    },
    {
      name: "Playwright's first error, not its repeats and stack",
      output: [
        'Error: getaddrinfo ENOTFOUND cdn.playwright.dev',
        '    at GetAddrInfoReqWrap.onlookupall (node:internal/dns/promises:99:17) {',
        'Error: getaddrinfo ENOTFOUND cdn.playwright.dev',
        'Failed to install browsers',
        'Error: Failed to download Chrome for Testing 159.0.8154.6, caused by',
      ].join('\n'),
      reason: 'getaddrinfo ENOTFOUND cdn.playwright.dev',
    },
    { name: 'the last line otherwise', output: 'one\ntwo\n\n', reason: 'two' },
    { name: 'silence', output: '\n', reason: 'no output' },
  ])('$name', ({ output, reason }) => {
    expect(failureReason(output)).toBe(reason);
  });
});

describe('noBrowserMessage', () => {
  it('says which commands failed and why, and what to install, in one message', () => {
    const message = noBrowserMessage([
      {
        command: 'apt-get install -y -qq chromium',
        reason: 'Unable to locate package chromium',
      },
      {
        command: 'npx playwright install chromium',
        reason: 'getaddrinfo ENOTFOUND cdn.playwright.dev',
      },
    ]);
    expect(message.split('\n')).toEqual([
      'No Chromium for the end-to-end tests, and none could be installed. Tried:',
      '  apt-get install -y -qq chromium: Unable to locate package chromium',
      '  npx playwright install chromium: getaddrinfo ENOTFOUND cdn.playwright.dev',
      'Install one, then run the command again:',
      '  Debian/Ubuntu: sudo apt-get install chromium',
      '  anywhere:      npx playwright install chromium',
      '  or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    ]);
  });
});
