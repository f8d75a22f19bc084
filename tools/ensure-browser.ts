// Run before anything that drives Chromium (npm test's end-to-end step, test:e2e, screenshots,
// bench): finds a browser the way playwright.config.ts will, installs one if there is none, and
// otherwise stops with one message instead of a failure per test.
import { spawnSync } from 'node:child_process';
import { chooseBrowser, type InstallStep, noBrowserMessage } from './lib/choose-browser';
import { thisMachine } from './lib/find-browser';

function run(step: InstallStep): boolean {
  for (const { file, args } of step.commands) {
    // Errors always reach the terminal: the reason (no network, no such package) must not be lost.
    const result = spawnSync(file, args, {
      stdio: ['ignore', step.showOutput ? 'inherit' : 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      const reason = result.error ? `: ${result.error.message}` : '';
      console.error(`${[file, ...args].join(' ')} failed${reason}`);
      return false;
    }
  }
  return true;
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
      const tried: InstallStep[] = [];
      for (const step of first.installSteps) {
        console.log(step.notice);
        tried.push(step);
        if (!run(step)) continue;
        // Look again the same way the tests will: the step succeeding is not proof enough.
        const after = chooseBrowser(thisMachine());
        if (after.kind === 'found') {
          console.log(`Browser: ${after.path}`);
          return 0;
        }
      }
      console.error(noBrowserMessage(tried));
      return 1;
    }
  }
}

process.exitCode = ensureBrowser();
