import { test as base, expect } from '@playwright/test';

// Every journey also proves what must never happen: a Content-Security-Policy violation, a
// request to another origin, an uncaught error in the page. Specs import `test` from here.

export const test = base.extend<{ guards: undefined }>({
  guards: [
    async ({ page, baseURL }, use, testInfo) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about|file):/.test(url)) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        const w = window as unknown as { __cspViolations: string[] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          w.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(undefined);
      const violations = page.isClosed()
        ? []
        : await page
            .evaluate(
              () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
            )
            .catch(() => []);
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
