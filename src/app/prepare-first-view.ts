import { formatNumber } from '../i18n/format-date';
import { LABEL_FONT } from '../timeline/view/measure-label';
import { measureTextPx } from '../timeline/view/measure-text';
import { PILL_FONT } from '../timeline/view/use-timeline-layout';

/**
 * What the first view's render would otherwise set up inside its own long task, done in a task of
 * its own while the dataset is on its way: Intl (the first format of a page costs ~17–20 ms in
 * headless Chromium on the 2-core build machine, any later one, of any kind, under 2 ms: the
 * set-up is shared) and the canvas the labels are measured on, with its fonts (3–8 ms). The
 * formats and widths stay in their modules' caches, so none of it is thrown away. In English, as
 * the first render is (other catalogues load after it).
 */
export function prepareFirstView(): void {
  const locale = 'en';
  formatNumber(1, locale);
  formatNumber(10_000, locale);
  measureTextPx('0', LABEL_FONT);
  measureTextPx('0', PILL_FONT);
}
