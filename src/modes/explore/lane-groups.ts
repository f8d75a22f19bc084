import { toneOf } from '../../domain/event-tone';
import type { Dataset, TimelineEvent } from '../../domain/types';
import type { Messages } from '../../i18n/messages-en';
import type { LaneMode } from '../../state/url-state';
import { buildEventIndex, type EventIndex } from '../../timeline/model/event-index';
import { groupEvents, OTHER_GROUP } from '../../timeline/model/group-events';
import type { LaneGroup } from '../../timeline/view/Timeline';

const MAX_GROUPS = 5;

/** The bands of lanes for a lane mode, each with its own index and a label to show. */
export function buildLaneGroups(
  index: EventIndex,
  mode: LaneMode,
  dataset: Dataset,
  messages: Messages,
): LaneGroup[] {
  if (mode === 'one') return [{ key: 'all', label: undefined, index }];
  const { events } = index;
  const [first, second] = dataset.parties;
  const keyOf = (event: TimelineEvent): string => {
    switch (mode) {
      case 'host':
        return event.location?.virtual ? 'virtual' : (event.location?.country ?? '');
      case 'type':
        return toneOf(event.type);
      case 'series':
        return event.series?.id ?? '';
    }
  };
  const order =
    mode === 'host'
      ? [first.code, second.code]
      : mode === 'type'
        ? ['cooperative', 'conflictual', 'neutral']
        : undefined;
  const seriesNames = new Map(
    events.flatMap((e) => (e.series ? [[e.series.id, e.series.name ?? e.series.id] as const] : [])),
  );
  const label = (key: string): string => {
    if (key === OTHER_GROUP) return messages.otherGroup;
    switch (mode) {
      case 'host':
        if (key === first.code) return messages.hostedBy(first.name);
        if (key === second.code) return messages.hostedBy(second.name);
        if (key === 'virtual') return messages.virtual;
        return key === '' ? messages.placeNotGiven : messages.hostedBy(key);
      case 'type':
        return key === 'cooperative'
          ? messages.cooperative
          : key === 'conflictual'
            ? messages.conflictual
            : messages.neutral;
      case 'series':
        return key === '' ? messages.notInSeries : (seriesNames.get(key) ?? key);
    }
  };
  return groupEvents(events, keyOf, MAX_GROUPS, order).map((group) => ({
    key: group.key,
    label: label(group.key),
    index: buildEventIndex(group.events),
  }));
}
