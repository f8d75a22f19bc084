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
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
