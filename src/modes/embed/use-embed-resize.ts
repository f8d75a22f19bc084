import { useEffect } from 'react';
import { heightMessages, pymChildIdOf } from './height-messages';

/**
 * Inside an iframe, tells the host page the content's height whenever it changes, in every
 * dialect a host may listen for (see heightMessages), so the host can size the frame
 * (public/embed.js, AMP, Embedly-aware CMSs, Pym.js). A ResizeObserver reports changes; nothing
 * polls.
 */
export function useEmbedResize(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const root = document.documentElement;
    const pymChildId = pymChildIdOf(window.location.search);
    let lastHeightPx = -1;
    const report = () => {
      const heightPx = Math.ceil(root.getBoundingClientRect().height);
      if (heightPx === lastHeightPx || heightPx <= 0) return;
      lastHeightPx = heightPx;
      // The height is not a secret, and the host's origin is not known in advance: any parent may read it.
      for (const message of heightMessages(heightPx, pymChildId)) {
        window.parent.postMessage(message, '*');
      }
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
