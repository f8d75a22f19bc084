/*
 * Bilateral service worker: repeat visits work offline.
 *
 * - The page (navigations): network first, so a new deployment shows at once; the cached copy
 *   when the network fails.
 * - Hashed build assets (assets/name-HASH.js|css): cache first; a hash never changes content.
 *   At install, the entry page is read and every asset it references is cached, following the
 *   references inside the scripts too, so lazily loaded modes (presenter, export) and the parser
 *   work offline without having been opened first.
 * - Datasets (*.json under data/): network first, falling back to the cached copy; the default
 *   dataset is cached at install.
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
    event.respondWith(networkFirst(request, new URL('./', SCOPE).href));
  } else if (HASHED_ASSET.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname.endsWith('.json')) {
    event.respondWith(networkFirst(request));
  }
});

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
    if (!response.ok) continue;
    await cache.put(url, response.clone());
    const path = new URL(url).pathname;
    const isScript = path.endsWith('.js');
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
}

async function networkFirst(request, fallbackUrl) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached =
      (await cache.match(request, { ignoreSearch: request.mode === 'navigate' })) ??
      (fallbackUrl ? await cache.match(fallbackUrl) : undefined);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
