/*
 * Bilateral timeline: optional helper for pages that embed the timeline in an iframe.
 *
 *   <iframe src="…?embed=1" data-bilateral-timeline …></iframe>
 *   <script src="…/embed.js" async></script>
 *
 * Each embedded timeline posts {type: "bilateral-timeline:resize", height} when its content
 * height changes; this sets the height of the iframe that sent it, within sane bounds. A message
 * counts only when it comes from the contentWindow of a marked iframe, so no other frame or
 * window can resize anything. No inline script is needed, and nothing is loaded from elsewhere.
 */
(() => {
  const MIN_HEIGHT_PX = 200;
  const MAX_HEIGHT_PX = 4000;
  const MESSAGE_TYPE = 'bilateral-timeline:resize';

  // Included twice, it still listens once.
  if (window.bilateralTimelineEmbed) return;
  window.bilateralTimelineEmbed = true;

  const frameOf = (source) => {
    for (const frame of document.querySelectorAll('iframe[data-bilateral-timeline]')) {
      if (frame.contentWindow === source) return frame;
    }
    return null;
  };

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== MESSAGE_TYPE) return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || !event.source) return;
    const frame = frameOf(event.source);
    if (!frame) return;
    const clamped = Math.round(Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, height)));
    frame.style.height = `${clamped}px`;
  });
})();
