import { test as base, expect } from '@playwright/test';

// Every journey also proves what must never happen: a Content-Security-Policy violation, a
// request to another origin, an uncaught error in the page. Specs import `test` from here.

export interface GuardOptions {
  /**
   * Origins a journey talks to on purpose (a dataset on another site): requests to them are not
   * foreign, and the page's policy refusing them is what the journey checks, not a violation.
   * Empty by default; a spec that needs one sets it with test.use or a fixture of its own.
   */
  readonly allowedOrigins: readonly string[];
}

export const test = base.extend<GuardOptions & { guards: undefined }>({
  allowedOrigins: [[], { option: true }],
  guards: [
    async ({ page, baseURL, allowedOrigins }, use, testInfo) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const chosen = new Set(allowedOrigins.map((o) => new URL(o).origin));
      const originOf = (url: string) => URL.parse(url)?.origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about|file):/.test(url)) return;
        const target = originOf(url);
        if (target !== origin && (target === undefined || !chosen.has(target))) foreign.push(url);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        const w = window as unknown as { __cspViolations: [string, string][] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          w.__cspViolations.push([event.violatedDirective, event.blockedURI]);
        });
      });
      await use(undefined);
      const recorded = page.isClosed()
        ? []
        : await page
            .evaluate(
              () =>
                (window as unknown as { __cspViolations?: [string, string][] }).__cspViolations ??
                [],
            )
            .catch(() => []);
      const violations = recorded
        .filter(([, blocked]) => !chosen.has(originOf(blocked) ?? ''))
        .map(([directive, blocked]) => `${directive} ${blocked}`);
      if (testInfo.status === testInfo.expectedStatus) {
        expect(violations, 'Content-Security-Policy violations').toEqual([]);
        expect(foreign, 'requests to another origin').toEqual([]);
        expect(errors, 'uncaught errors in the page').toEqual([]);
      }
    },
    { auto: true },
  ],
});

export { expect };
