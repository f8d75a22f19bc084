import type { ViewSummary } from '../domain/summarise-view';
import { formatNumber, formatYear } from './format-date';
import type { Messages } from './messages-en';

/** The view's summary in words of the language: the timeline's text description. */
export function describeView(summary: ViewSummary, locale: string, messages: Messages): string {
  const year = (value: number | undefined) =>
    value === undefined ? '' : formatYear(value, locale, messages.dateWords);
  return messages.viewDescription({
    total: formatNumber(summary.total, locale),
    totalCount: summary.total,
    first: year(summary.firstYear),
    last: year(summary.lastYear),
    viewFrom: year(summary.viewFromYear),
    viewTo: year(summary.viewToYear),
    inView: formatNumber(summary.inView, locale),
    inViewCount: summary.inView,
    showsAll: summary.showsAll,
    busiest: summary.busiestYear === undefined ? undefined : year(summary.busiestYear),
  });
}
