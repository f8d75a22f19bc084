import { memo, type ReactNode, useId } from 'react';
import { FACETS } from '../../domain/filter-events';
import type { Dataset } from '../../domain/types';
import { MatchStatus } from '../../filters/MatchStatus';
import { SearchBox } from '../../filters/SearchBox';
import { useI18n } from '../../i18n/i18n-context';
import { LANE_MODES, type LaneMode } from '../../state/url-state';
import type { MatchingEvents } from '../../state/use-matching-events';

interface ExploreControlsProps {
  readonly dataset: Dataset;
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly onSearchSubmit: () => void;
  readonly matching: MatchingEvents;
  readonly filtered: boolean;
  readonly onClear: () => void;
  readonly lanes: LaneMode;
  readonly onLanes: (lanes: LaneMode) => void;
  /** The filter panel is laid out by the explorer (beside the timeline on wide screens). */
  readonly filtersId: string;
  readonly filtersOpen: boolean;
  readonly onFiltersOpen: (open: boolean) => void;
  /** An embed has no search box (a reader searches in the full view); the filters stay. */
  readonly embed: boolean;
  readonly tab: 'timeline' | 'list';
  readonly onTab: (tab: 'timeline' | 'list') => void;
  /** More view controls, after the lanes (the eras' toggle). */
  readonly children?: ReactNode;
}

/** Search, filters, how many match, lanes, and on phones the switch between timeline and list. */
export const ExploreControls = memo(function ExploreControls(props: ExploreControlsProps) {
  const { messages } = useI18n();
  const lanesId = useId();
  const active = FACETS.reduce((sum, facet) => sum + props.matching.selection[facet].length, 0);
  return (
    <div className="controls">
      <div className="controls-row">
        {!props.embed && (
          <SearchBox value={props.query} onChange={props.onQuery} onSubmit={props.onSearchSubmit} />
        )}
        <button
          type="button"
          className="text-button"
          aria-expanded={props.filtersOpen}
          aria-controls={props.filtersId}
          onClick={() => props.onFiltersOpen(!props.filtersOpen)}
        >
          {active > 0 ? messages.filtersActive(active) : messages.filters}
        </button>
        <MatchStatus matching={props.matching.events.length} total={props.dataset.events.length} />
        {props.filtered && (
          <button type="button" className="text-button" onClick={props.onClear}>
            {messages.clearAll}
          </button>
        )}
        <span className="inline-field lanes-field">
          <label htmlFor={lanesId}>{messages.lanes}</label>
          <select
            id={lanesId}
            value={props.lanes}
            onChange={(e) =>
              props.onLanes(LANE_MODES.find((mode) => mode === e.target.value) ?? 'one')
            }
          >
            <option value="one">{messages.laneOne}</option>
            <option value="host">{messages.laneHost}</option>
            <option value="type">{messages.laneType}</option>
            <option value="series">{messages.laneSeries}</option>
          </select>
        </span>
        {props.children}
        <div className="phone-tabs">
          <button
            type="button"
            aria-pressed={props.tab === 'timeline'}
            onClick={() => props.onTab('timeline')}
          >
            {messages.timeline}
          </button>
          <button
            type="button"
            aria-pressed={props.tab === 'list'}
            onClick={() => props.onTab('list')}
          >
            {messages.listTab}
          </button>
        </div>
      </div>
    </div>
  );
});
