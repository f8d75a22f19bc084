// Bilateral's first view: docs/architecture.md, "The first view, in order" (served as written).
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
