import type { Dataset } from '../../domain/types';
import { useI18n } from '../../i18n/i18n-context';

const NAMED_PUBLISHERS = 4;

/** Who the data comes from, named on every view (embeds included). */
export function Attribution({ dataset }: { dataset: Dataset }) {
  const { locale, messages } = useI18n();
  const counts = new Map<string, number>();
  for (const source of dataset.sources.values()) {
    if (source.publisher) counts.set(source.publisher, (counts.get(source.publisher) ?? 0) + 1);
  }
  const publishers = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  const named = publishers.slice(0, NAMED_PUBLISHERS);
  if (publishers.length > NAMED_PUBLISHERS) named.push(`+${publishers.length - NAMED_PUBLISHERS}`);
  return (
    <footer className="site-footer">
      {named.length > 0 && (
        <p>
          {messages.attribution(new Intl.ListFormat(locale, { type: 'conjunction' }).format(named))}
        </p>
      )}
      <p>{messages.builtWith}</p>
    </footer>
  );
}
