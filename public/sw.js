/*
 * Bilateral service worker: repeat visits work offline.
 *
 * - The page (navigations): network first, so a new deployment shows at once; the cached copy
 *   when the network fails. When a page online names files not yet cached (a new deployment),
 *   they are all cached and the old ones dropped.
 * - Hashed build assets (assets/name-HASH.js|css): cache first; a hash never changes content.
 *   At install, the entry page is read and every asset it references is cached, following the
 *   references inside the scripts too, so lazily loaded modes (presenter, export) and the parser
 *   work offline without having been opened first.
 * - Everything else in scope (datasets, the icon): network first, falling back to the cached
 *   copy; the default dataset and the icon are cached at install.
 * - Anything on another origin is left alone.
 */
const CACHE = 'bilateral-v1';
const SCOPE = new URL(self.registration.scope);
const DEFAULT_DATA = new URL('data/china-pakistan.json', SCOPE).href;
// In the page: "./assets/index-HASH.js". In a script: "parse-worker-HASH.js", "./Name-HASH.js",
// beside the script itself.
const PAGE_ASSET = /(?:\.\/)?assets\/[\w.-]+\.(?:js|css)/g;
const SCRIPT_ASSET = /[\w-]+-[\w-]{8}\.(?:js|css)/g;
const HASHED_ASSET = /\/assets\/[\w.-]+-[\w-]{6,}\.(?:js|css|svg|png|woff2?)$/;
const MAX_CRAWL = 60;

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n)))),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.href.startsWith(SCOPE.href)) return;
  if (request.mode === 'navigate') {
    // Every view is the same page with other parameters: one cached copy per page, not per link.
    const page = new URL(url.pathname, url.origin).href;
    const shell = new URL('./', SCOPE).href;
    const responding = networkFirst(request, page, shell);
    event.respondWith(responding);
    event.waitUntil(responding.then(() => refreshAfterDeploy(page)).catch(() => undefined));
  } else if (HASHED_ASSET.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else {
    // Datasets, the icon, embed.js: fresh when online, the last copy when not.
    event.respondWith(networkFirst(request, request.url));
  }
});

/** Caches the page, the icon, the default dataset and every asset they reach; returns those URLs. */
async function precache() {
  const cache = await caches.open(CACHE);
  const shell = new URL('./', SCOPE).href;
  const queue = [shell, new URL('favicon.svg', SCOPE).href, DEFAULT_DATA];
  const seen = new Set(queue);
  for (let i = 0; i < queue.length && i < MAX_CRAWL; i++) {
    const url = queue[i];
    let response;
    try {
      response = await fetch(url, { cache: 'no-cache' });
    } catch {
      continue;
    }
    const path = new URL(url).pathname;
    const isScript = path.endsWith('.js');
    // A server that answers every path with the page (a single-page fallback) must not have that
    // page kept as a script or a style.
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || (/\.(?:js|css)$/.test(path) && type.includes('html'))) continue;
    await cache.put(url, response.clone());
    if (!isScript && !/(?:\.html|\/)$/.test(path)) continue;
    const text = await response.text();
    for (const match of text.matchAll(isScript ? SCRIPT_ASSET : PAGE_ASSET)) {
      const asset = new URL(match[0], url).href;
      if (!seen.has(asset)) {
        seen.add(asset);
        queue.push(asset);
      }
    }
  }
  return seen;
}

/**
 * After a new deployment the page names new hashed files. The first visit online caches them all
 * (so the next offline visit has the lazy modes too) and drops the old ones.
 */
async function refreshAfterDeploy(pageUrl) {
  const cache = await caches.open(CACHE);
  const page = await cache.match(pageUrl, { ignoreVary: true });
  if (!page) return;
  const html = await page.text();
  const entries = [...html.matchAll(PAGE_ASSET)].map((m) => new URL(m[0], pageUrl).href);
  const cached = await Promise.all(entries.map((u) => cache.match(u, { ignoreVary: true })));
  if (cached.every(Boolean)) return;
  const kept = await precache();
  for (const request of await cache.keys()) {
    if (HASHED_ASSET.test(new URL(request.url).pathname) && !kept.has(request.url)) {
      await cache.delete(request);
    }
  }
}

async function networkFirst(request, key, fallbackKey) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached =
      (await cache.match(key, { ignoreVary: true })) ??
      (fallbackKey ? await cache.match(fallbackKey, { ignoreVary: true }) : undefined);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // Servers may vary by Origin, which a module script's CORS-mode request carries and the
  // precache's request did not; the bytes of a hashed file are the same either way.
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
