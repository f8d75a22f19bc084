// Repeat visits to a deployed copy work offline: public/sw.js keeps the app and the default
// dataset. It is registered only where it can help and cannot hurt: a production build served
// over http(s), as a page of its own. Never under `vite dev` (it would serve stale modules), never
// from file:// (no service workers there), and never inside a frame: an embed must not install
// anything on behalf of the page that hosts it.
export function registerServiceWorker(): void {
  if (import.meta.env.DEV) return;
  if (!('serviceWorker' in navigator)) return;
  if (window.location.protocol !== 'http:' && window.location.protocol !== 'https:') return;
  if (window.parent !== window) return;
  if (new URLSearchParams(window.location.search).get('embed') === '1') return;
  const register = () => {
    // Relative to the page, so a copy under /graphics/some-timeline/ keeps to that folder.
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // Offline support is a bonus; the page works the same without it.
    });
  };
  // Installing it fetches every file of the build again to keep it: that waits until the first
  // view is drawn (the timeline's bilateral:ready mark) and the page is idle, so it never competes
  // with the first view for the network or the cores. A page that never draws one (an error)
  // registers a while after loading.
  let registered = false;
  const registerWhenIdle = () => {
    if (registered) return;
    registered = true;
    observer?.disconnect();
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 1000);
  };
  const observer =
    typeof PerformanceObserver === 'undefined'
      ? undefined
      : new PerformanceObserver((list) => {
          if (list.getEntriesByName(FIRST_VIEW_MARK).length > 0) registerWhenIdle();
        });
  observer?.observe({ type: 'mark', buffered: true });
  const afterLoad = () => setTimeout(registerWhenIdle, FALLBACK_AFTER_LOAD_MS);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

const FIRST_VIEW_MARK = 'bilateral:ready';
const FALLBACK_AFTER_LOAD_MS = 10_000;
