/*
 * Bilateral: starts downloading the dataset this page will show while the app's own script is
 * still arriving, so the two travel side by side instead of one after the other. The app's fetch
 * then takes the preloaded response (same URL, same CORS mode and credentials): the file is
 * downloaded once. Only same-origin datasets are preloaded; another host's dataset is left to the
 * app, which explains a failure in words (CORS, Content-Security-Policy).
 */
(() => {
  const params = new URLSearchParams(window.location.search);
  const wanted = (params.get('data') ?? '').trim() || 'data/china-pakistan.json';
  let url;
  try {
    url = new URL(wanted, window.location.href);
  } catch {
    return;
  }
  if (url.origin !== window.location.origin) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = url.href;
  document.head.append(link);
})();
