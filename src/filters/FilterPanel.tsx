import { useId, useMemo } from 'react';
import { FACETS, type Facet, type FacetSelection, facetCounts } from '../domain/filter-events';
import { type Dataset, isPloverType, isVerificationStatus } from '../domain/types';
import { formatNumber } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n-context';

interface FilterPanelProps {
  readonly dataset: Dataset;
  readonly selection: FacetSelection;
  readonly searchMatches: ReadonlyMap<number, number> | undefined;
  readonly onChange: (facet: Facet, values: string[]) => void;
  /** The visible years, as a filter by period that moves the timeline. */
  readonly years: { from: number; to: number; min: number; max: number };
  readonly onYears: (from: number, to: number) => void;
}

/** Checkboxes per facet, each with how many events it would leave; and a year range. */
export function FilterPanel({
  dataset,
  selection,
  searchMatches,
  onChange,
  years,
  onYears,
}: FilterPanelProps) {
  const { locale, messages } = useI18n();
  const fromId = useId();
  const toId = useId();
  const counts = useMemo(() => {
    const byFacet = new Map<Facet, Map<string, number>>();
    for (const facet of FACETS)
      byFacet.set(
        facet,
        facetCounts(dataset.events, facet, selection, searchMatches, dataset.eras),
      );
    return byFacet;
  }, [dataset, selection, searchMatches]);
  const seriesNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const event of dataset.events) {
      if (event.series) names.set(event.series.id, event.series.name ?? event.series.id);
    }
    return names;
  }, [dataset]);

  const erasInTimeOrder = useMemo(
    () => [...dataset.eras].sort((a, b) => a.startMs - b.startMs),
    [dataset],
  );

  const label = (facet: Facet, value: string): string => {
    switch (facet) {
      case 'type':
        return isPloverType(value) ? messages.ploverType[value] : messages.untyped;
      case 'party':
      case 'host': {
        if (value === '') return messages.notGiven;
        if (value === 'virtual') return messages.virtual;
        if (value === 'joint') return messages.joint;
        return dataset.parties.find((p) => p.code === value)?.name ?? value;
      }
      case 'series':
        return seriesNames.get(value) ?? value;
      case 'status':
        return isVerificationStatus(value) ? messages.verificationStatus[value] : value;
      case 'tag':
        return value;
      case 'era':
        return dataset.eras.find((era) => era.id === value)?.title ?? value;
    }
  };

  const yearOptions = Array.from({ length: years.max - years.min + 1 }, (_, i) => years.min + i);

  return (
    <div className="filter-panel">
      <fieldset className="facet facet-years">
        <legend>{messages.years}</legend>
        <label htmlFor={fromId}>{messages.fromYear}</label>
        <select
          id={fromId}
          value={years.from}
          onChange={(e) =>
            onYears(Number(e.target.value), Math.max(Number(e.target.value), years.to))
          }
        >
          {yearOptions.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>{messages.toYear}</label>
        <select
          id={toId}
          value={years.to}
          onChange={(e) =>
            onYears(Math.min(years.from, Number(e.target.value)), Number(e.target.value))
          }
        >
          {yearOptions.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </fieldset>
      {FACETS.map((facet) => {
        const facetCount = counts.get(facet) ?? new Map<string, number>();
        // Eras read best in time order, every one listed (a count of 0 says so); other
        // facets put the largest first.
        const values =
          facet === 'era'
            ? [...erasInTimeOrder.map((era) => era.id)]
            : [...new Set([...facetCount.keys(), ...selection[facet]])].sort(
                (a, b) =>
                  (facetCount.get(b) ?? 0) - (facetCount.get(a) ?? 0) ||
                  label(facet, a).localeCompare(label(facet, b)),
              );
        if (values.length === 0) return null;
        return (
          <fieldset key={facet} className={`facet facet-${facet}`}>
            <legend>{messages.facetName[facet]}</legend>
            <ul>
              {values.map((value) => {
                const checked = selection[facet].includes(value);
                const count = facetCount.get(value) ?? 0;
                return (
                  <li key={value}>
                    <label className={count === 0 && !checked ? 'is-empty' : undefined}>
                      <input
                        type="checkbox"
                        checked={checked}
                        onChange={() =>
                          onChange(
                            facet,
                            checked
                              ? selection[facet].filter((v) => v !== value)
                              : [...selection[facet], value],
                          )
                        }
                      />
                      <span>{label(facet, value)}</span>
                      <span className="facet-count">{formatNumber(count, locale)}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
