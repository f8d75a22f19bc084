/*
 * Bilateral: runs as the page is read, before anything is drawn (a small blocking script: the
 * Content-Security-Policy newsrooms use allows no inline script).
 *
 * 1. Starts downloading the dataset this page will show while the app's own script is still
 *    arriving, so the two travel side by side instead of one after the other. The app's fetch
 *    then takes the preloaded response (same URL, same CORS mode and credentials): the file is
 *    downloaded once. Only same-origin datasets are preloaded; another host's dataset is left to
 *    the app, which explains a failure in words (CORS, Content-Security-Policy).
 * 2. Tells the page's stylesheet what the app will show, so that the loading screen drawn from
 *    the page itself (before the app's script has arrived) already matches it: no header in an
 *    embed, nothing in presenter mode, and the chosen theme's colours.
 */
(() => {
  const params = new URLSearchParams(window.location.search);
  const root = document.documentElement;
  if (params.get('present') === '1') root.dataset.firstView = 'present';
  else if (params.get('embed') === '1') root.dataset.firstView = 'embed';
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark' || theme === 'contrast') root.dataset.theme = theme;

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
