import { useEffect } from 'react';

export const RESIZE_MESSAGE_TYPE = 'bilateral-timeline:resize';

/**
 * Inside an iframe, tells the host page the content's height whenever it changes, so the host
 * can size the frame (public/embed.js does). A ResizeObserver reports changes; nothing polls.
 */
export function useEmbedResize(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const root = document.documentElement;
    let lastHeightPx = -1;
    const report = () => {
      const heightPx = Math.ceil(root.getBoundingClientRect().height);
      if (heightPx === lastHeightPx || heightPx <= 0) return;
      lastHeightPx = heightPx;
      // The height is not a secret, and the host's origin is not known in advance: any parent may read it.
      window.parent.postMessage({ type: RESIZE_MESSAGE_TYPE, height: heightPx }, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(root);
    // A frame first laid out in a hidden tab may have reported nothing (or a stale size); say it again.
    const onVisibility = () => {
      if (document.visibilityState !== 'visible') return;
      lastHeightPx = -1;
      report();
    };
    document.addEventListener('visibilitychange', onVisibility);
    report();
    return () => {
      observer.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [enabled]);
}
