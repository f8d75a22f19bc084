import { formatNumber } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n-context';

/** "5 of 80 events": always present, so that a change is announced. */
export function MatchStatus({ matching, total }: { matching: number; total: number }) {
  const { locale, messages } = useI18n();
  return (
    <p className="match-status" role="status">
      {messages.matchCount(formatNumber(matching, locale), formatNumber(total, locale))}
    </p>
  );
}
