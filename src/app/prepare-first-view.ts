import { LABEL_FONT } from '../timeline/view/measure-label';
import { measureTextPx } from '../timeline/view/measure-text';
import { PILL_FONT } from '../timeline/view/use-timeline-layout';

/**
 * What the first view's render would otherwise set up inside its own long task, done in a task of
 * its own while the dataset is on its way: the canvas the labels are measured on, with its fonts
 * (3–8 ms). The widths stay in the module's cache, so none of it is thrown away. (Intl, whose
 * first use costs 15–30 ms, is not needed: English is written out, i18n/english-format.ts.)
 */
export function prepareFirstView(): void {
  try {
    measureTextPx('0', LABEL_FONT);
    measureTextPx('0', PILL_FONT);
  } catch {
    // Only a head start: the render measures again, and says so if it cannot.
  }
}
