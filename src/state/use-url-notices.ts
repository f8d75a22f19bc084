import { useEffect, useState } from 'react';
import type { UrlWarning } from './url-state';

/**
 * The URL's warnings, kept until dismissed. The page soon rewrites its URL without the refused
 * value, and the reader must still be told what was refused.
 */
export function useUrlNotices(warnings: readonly UrlWarning[]) {
  const [notices, setNotices] = useState<readonly UrlWarning[]>(warnings);
  useEffect(() => {
    setNotices((shown) => {
      const fresh = warnings.filter(
        (w) => !shown.some((s) => s.kind === w.kind && s.value === w.value),
      );
      return fresh.length > 0 ? [...shown, ...fresh] : shown;
    });
  }, [warnings]);
  const dismiss = (notice: UrlWarning) => setNotices((shown) => shown.filter((s) => s !== notice));
  return { notices, dismiss };
}
