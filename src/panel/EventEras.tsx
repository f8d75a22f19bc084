import { useMemo } from 'react';
import { erasDuring } from '../domain/eras-during';
import type { Dataset, TimelineEvent } from '../domain/types';
import { useI18n } from '../i18n/i18n-context';

/** "During: Nawaz Sharif, Prime Minister of Pakistan; CPEC early harvest". */
export function EventEras({ dataset, event }: { dataset: Dataset; event: TimelineEvent }) {
  const { messages } = useI18n();
  const eras = useMemo(
    () =>
      erasDuring(dataset.eras, event.startMs, event.endMs).sort((a, b) => a.startMs - b.startMs),
    [dataset, event],
  );
  if (eras.length === 0) return null;
  return (
    <p className="details-eras">
      <span className="details-eras-label">{messages.during}: </span>
      <span lang={dataset.language} dir="auto">
        {eras.map((era) => era.title).join('; ')}
      </span>
    </p>
  );
}
