/*
 * Bilateral timeline: optional helper for pages that embed the timeline in an iframe.
 *
 *   <iframe src="…?embed=1" data-bilateral-timeline …></iframe>
 *   <script src="…/embed.js" async></script>
 *
 * Height: each embedded timeline posts {type: "bilateral-timeline:resize", height} when its
 * content height changes; this sets the height of the iframe that sent it, within sane bounds.
 *
 * Address (only for an iframe that also carries data-bilateral-sync): the host page's URL
 * fragment follows the embed — #bilateral-event=<id> while an event is open,
 * #bilateral-story=<id>&bilateral-step=<n> in a story — and a host URL that carries one opens the
 * embed there. The fragment is replaced, never pushed (the frame's own history already holds the
 * reader's steps), and the host's other fragment parts are kept. Without the attribute nothing of
 * the host's address is read or changed. Only the first such iframe on a page is followed.
 *
 * A message counts only when it comes from the contentWindow of a marked iframe, so no other
 * frame or window can resize anything or move the address; what is sent to a frame goes to its
 * origin only. No inline script is needed, and nothing is loaded from elsewhere.
 */
(() => {
  const MIN_HEIGHT_PX = 200;
  const MAX_HEIGHT_PX = 4000;
  const RESIZE = 'bilateral-timeline:resize';
  const SYNC = 'bilateral-timeline:sync';
  const STATE = 'bilateral-timeline:state';
  const PREFIX = 'bilateral-';
  const ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

  // Included twice, it still listens once.
  if (window.bilateralTimelineEmbed) return;
  window.bilateralTimelineEmbed = true;

  const frames = () => document.querySelectorAll('iframe[data-bilateral-timeline]');
  const frameOf = (source) => {
    for (const frame of frames()) {
      if (frame.contentWindow === source) return frame;
    }
    return null;
  };
  const syncedFrame = () =>
    document.querySelector('iframe[data-bilateral-timeline][data-bilateral-sync]');

  const frameOrigin = (frame) => {
    try {
      return new URL(frame.src, window.location.href).origin;
    } catch {
      return null;
    }
  };

  // The host fragment's parts: ours (bilateral-*) and the host's own, kept as they are.
  const fragmentParts = () =>
    window.location.hash
      .replace(/^#/, '')
      .split('&')
      .filter((part) => part !== '');
  const ownParts = () => fragmentParts().filter((part) => !part.startsWith(PREFIX));

  const placeInFragment = () => {
    const values = new Map();
    for (const part of fragmentParts()) {
      if (!part.startsWith(PREFIX)) continue;
      const [key, value = ''] = part.split('=');
      try {
        values.set(key.slice(PREFIX.length), decodeURIComponent(value));
      } catch {
        // A broken escape is no place.
      }
    }
    const event = values.get('event');
    const story = values.get('story');
    const step = Number(values.get('step') ?? '1');
    if (story && ID.test(story)) {
      return { story, step: Number.isInteger(step) && step >= 1 ? step : 1 };
    }
    if (event && ID.test(event)) return { event };
    return {};
  };

  const askFrame = (frame) => {
    const origin = frameOrigin(frame);
    if (!origin || !frame.contentWindow) return;
    frame.contentWindow.postMessage({ type: SYNC, ...placeInFragment() }, origin);
  };

  const writeFragment = (data) => {
    const ours = [];
    if (typeof data.story === 'string' && ID.test(data.story)) {
      const step = Number.isInteger(data.step) && data.step >= 1 ? data.step : 1;
      ours.push(`${PREFIX}story=${data.story}`, `${PREFIX}step=${step}`);
    } else if (typeof data.event === 'string' && ID.test(data.event)) {
      ours.push(`${PREFIX}event=${data.event}`);
    }
    const parts = [...ownParts(), ...ours];
    const url = `${window.location.pathname}${window.location.search}${parts.length ? `#${parts.join('&')}` : ''}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`)
      return;
    window.history.replaceState(window.history.state, '', url);
  };

  const asked = new WeakSet();

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || !event.source) return;
    if (data.type !== RESIZE && data.type !== STATE) return;
    const frame = frameOf(event.source);
    if (!frame) return;
    if (data.type === STATE) {
      if (frame === syncedFrame()) writeFragment(data);
      return;
    }
    const height = Number(data.height);
    if (!Number.isFinite(height)) return;
    const clamped = Math.round(Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, height)));
    frame.style.height = `${clamped}px`;
    // The first height proves the timeline is listening: ask it to follow the address.
    if (!asked.has(frame)) {
      asked.add(frame);
      if (frame === syncedFrame()) askFrame(frame);
    }
  });

  // A reader who follows a link to another place on this page (or goes Back) moves the embed.
  window.addEventListener('hashchange', () => {
    const frame = syncedFrame();
    if (frame) askFrame(frame);
  });
})();
