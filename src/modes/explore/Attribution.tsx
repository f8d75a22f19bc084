import { namedPublishers } from '../../domain/named-publishers';
import type { Dataset } from '../../domain/types';
import { formatList } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';

const NAMED_PUBLISHERS = 4;

/** Who the data comes from, named on every view (embeds included). */
export function Attribution({ dataset }: { dataset: Dataset }) {
  const { locale, messages } = useI18n();
  const named = namedPublishers(dataset, NAMED_PUBLISHERS);
  return (
    <footer className="site-footer">
      {named.length > 0 && <p>{messages.attribution(formatList(named, locale))}</p>}
      <p>{messages.builtWith}</p>
    </footer>
  );
}
