// Which Chromium the end-to-end tests, screenshots and benchmark drive, and what to do when the
// machine has none. Pure: the caller hands in what the machine looks like, so every branch can be
// tested without touching the real one.

export interface MachineView {
  /** CHROMIUM_PATH, when set and not empty. */
  readonly chromiumPathEnv: string | undefined;
  readonly isExecutable: (path: string) => boolean;
  /** Where a command resolves on PATH, as `command -v` would say. */
  readonly onPath: (command: string) => string | undefined;
  /** Where Playwright's own download of Chromium lives, whether or not it has been downloaded. */
  readonly playwrightChromium: string;
  readonly isRoot: boolean;
}

export interface InstallStep {
  readonly kind: 'apt' | 'playwright';
  /** Said before the step runs, after "No Chromium found: " or the previous step's failure. */
  readonly notice: string;
  readonly commands: readonly Command[];
}

export interface Command {
  readonly file: string;
  readonly args: readonly string[];
}

export function commandLine(command: Command): string {
  return [command.file, ...command.args].join(' ');
}

export type BrowserChoice =
  | { readonly kind: 'found'; readonly path: string }
  | { readonly kind: 'misconfigured'; readonly message: string }
  | { readonly kind: 'missing'; readonly installSteps: readonly InstallStep[] };

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome'];

const APT_STEP: InstallStep = {
  kind: 'apt',
  notice: "installing Debian's chromium package (apt-get install chromium)…",
  commands: [
    { file: 'apt-get', args: ['update', '-qq'] },
    { file: 'apt-get', args: ['install', '-y', '-qq', 'chromium'] },
  ],
};

const PLAYWRIGHT_STEP: InstallStep = {
  kind: 'playwright',
  notice: "downloading Playwright's Chromium (npx playwright install chromium)…",
  commands: [{ file: 'npx', args: ['playwright', 'install', 'chromium'] }],
};

export function chooseBrowser(machine: MachineView): BrowserChoice {
  // A path the person named is never second-guessed: a wrong one is their mistake to hear about,
  // not a reason to install something else.
  if (machine.chromiumPathEnv !== undefined) {
    return machine.isExecutable(machine.chromiumPathEnv)
      ? { kind: 'found', path: machine.chromiumPathEnv }
      : {
          kind: 'misconfigured',
          message: `CHROMIUM_PATH is ${machine.chromiumPathEnv}, which is not an executable file. Point it at a Chromium or Chrome binary, or unset it.`,
        };
  }
  if (machine.isExecutable(SYSTEM_CHROMIUM)) return { kind: 'found', path: SYSTEM_CHROMIUM };
  for (const command of COMMANDS) {
    const path = machine.onPath(command);
    if (path !== undefined) return { kind: 'found', path };
  }
  if (machine.isExecutable(machine.playwrightChromium)) {
    return { kind: 'found', path: machine.playwrightChromium };
  }
  // Debian's package is the browser the project is tested with, so it comes first where it can be
  // installed without asking for a password; Playwright's download is the way everywhere else, and
  // the fallback when apt cannot reach its mirror or has no such package (Ubuntu ships a snap).
  const aptCanInstall = machine.isRoot && machine.onPath('apt-get') !== undefined;
  return {
    kind: 'missing',
    installSteps: aptCanInstall ? [APT_STEP, PLAYWRIGHT_STEP] : [PLAYWRIGHT_STEP],
  };
}

/** The command after which a step still had no browser, and why in its own words (one line). */
export interface FailedStep {
  /** As typed in a shell, e.g. `npx playwright install chromium`. */
  readonly command: string;
  readonly reason: string;
}

/**
 * The line of a failed command's output that says why: apt's `E:` line, the first `Error:` line
 * (Playwright repeats its download error and a stack five times), else the last line.
 */
export function failureReason(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const error = lines.find((line) => /^(E:|Error:)/.test(line));
  return (error ?? lines.at(-1) ?? 'no output').replace(/^(E:|Error:)\s*/, '');
}

/** The one message printed when no step produced a browser. */
export function noBrowserMessage(failed: readonly FailedStep[]): string {
  const tried = failed.map(({ command, reason }) => `  ${command}: ${reason}`);
  return [
    'No Chromium for the end-to-end tests, and none could be installed. Tried:',
    ...tried,
    'Install one, then run the command again:',
    '  Debian/Ubuntu: sudo apt-get install chromium',
    '  anywhere:      npx playwright install chromium',
    '  or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  ].join('\n');
}
