// Bilateral's first view: docs/architecture.md, "The first view, in order" (served as written).
(() => {
  const params = new URLSearchParams(window.location.search);
  const root = document.documentElement;
  if (params.get('present') === '1') root.dataset.firstView = 'present';
  else if (params.get('embed') === '1') root.dataset.firstView = 'embed';
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark' || theme === 'contrast') root.dataset.theme = theme;

  // The first Intl format on a page sets up its locale data (15–30 ms on the 2-core machine), and
  // every later one, of any kind, is quick. In a task of its own, queued now, it runs while the
  // app's script is still arriving rather than inside the app's first view. English: the first
  // view is English whatever the page's language (app/prepare-first-view.ts keeps its formats).
  setTimeout(() => {
    new Intl.NumberFormat('en-GB').format(1);
    new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }).format(0);
  }, 0);

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
