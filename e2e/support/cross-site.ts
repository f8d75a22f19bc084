import type { Page } from '@playwright/test';

/**
 * A newsroom whose policy lets the page read datasets from one other site: the page's own
 * Content-Security-Policy, with connect-src widened to that origin.
 *
 * Chromium keeps a page it cannot place on the network (this one is answered by page.route, so it
 * has no address) from reaching a loopback address unless the local-network-access permission is
 * granted; a newsroom page and a dataset host on the public internet need no such permission.
 */
export async function allowConnectionsTo(page: Page, origin: string): Promise<void> {
  await page.context().grantPermissions(['local-network-access']);
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const headers = response.headers();
      const policy = headers['content-security-policy'] ?? "default-src 'self'";
      headers['content-security-policy'] = `${policy}; connect-src 'self' ${origin}`;
      return route.fulfill({ response, headers });
    },
  );
}
