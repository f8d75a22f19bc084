// Run before anything that drives Chromium (npm test's end-to-end step, test:e2e, screenshots,
// bench): finds a browser the way playwright.config.ts will, installs one if there is none, and
// otherwise stops with one message instead of a failure per test.
import { spawnSync } from 'node:child_process';
import {
  chooseBrowser,
  commandLine,
  type FailedStep,
  failureReason,
  type InstallStep,
  noBrowserMessage,
} from './lib/choose-browser';
import { thisMachine } from './lib/find-browser';

/** Runs a step's commands in order; the one that failed and why, or undefined. */
function run(step: InstallStep): FailedStep | undefined {
  for (const { file, args } of step.commands) {
    const command = commandLine({ file, args });
    // Output is kept, not shown: apt's and Playwright's retries would bury the one line that
    // matters, which goes into the final message instead.
    const result = spawnSync(file, args, {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.error) return { command, reason: result.error.message };
    if (result.status !== 0) {
      return { command, reason: failureReason(`${result.stderr}\n${result.stdout}`) };
    }
  }
  return undefined;
}

function ensureBrowser(): number {
  const first = chooseBrowser(thisMachine());
  switch (first.kind) {
    case 'found':
      console.log(`Browser: ${first.path}`);
      return 0;
    case 'misconfigured':
      console.error(first.message);
      return 1;
    case 'missing': {
      const failed: FailedStep[] = [];
      for (const step of first.installSteps) {
        console.log(`${failed.length === 0 ? 'No Chromium found' : 'That failed'}: ${step.notice}`);
        const failure = run(step);
        // Look again the same way the tests will: a step that exits 0 is not proof enough.
        const after = chooseBrowser(thisMachine());
        if (after.kind === 'found') {
          console.log(`Browser: ${after.path}`);
          return 0;
        }
        failed.push(
          failure ?? {
            command: step.commands.map(commandLine).join(' && '),
            reason: 'it finished, yet no browser is found',
          },
        );
      }
      console.error(noBrowserMessage(failed));
      return 1;
    }
  }
}

process.exitCode = ensureBrowser();
