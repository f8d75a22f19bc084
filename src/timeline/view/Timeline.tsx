import {
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  fitWindow,
  panWindow,
  revealEvent,
  spanMs,
  type TimeWindow,
  zoomWindow,
} from '../../domain/time-window';
import { directionOf } from '../../i18n/choose-language';
import { useI18n } from '../../i18n/i18n-context';
import { attachGestures } from '../interaction/gesture-adapter';
import type { EventIndex } from '../model/event-index';
import {
  type Cluster,
  type Layout,
  layoutTimeline,
  type PlacedEvent,
} from '../model/layout-timeline';
import { Axis } from './Axis';
import { ClusterButton } from './ClusterButton';
import { DensityStrip } from './DensityStrip';
import { AXIS_HEIGHT_PX, LANE_HEIGHT_PX, STRIP_HEIGHT_PX } from './dimensions';
import { EventMark } from './EventMark';
import { labelBoxWidthPx } from './measure-label';
import { SeriesLine } from './SeriesLine';
import { TimelineToolbar } from './TimelineToolbar';
import { useElementSize } from './use-element-size';

/** One band of lanes: all events, or those of one host country, type or series. */
export interface LaneGroup {
  readonly key: string;
  /** Shown at the band's start; none when there is a single band. */
  readonly label: string | undefined;
  readonly index: EventIndex;
}

export interface TimelineProps {
  /** Every event drawn, in time order: the keyboard moves through these. */
  readonly index: EventIndex;
  readonly groups: readonly LaneGroup[];
  readonly window: TimeWindow;
  /** The window that shows every event: "Show all" returns to it. */
  readonly homeWindow: TimeWindow;
  readonly onWindowChange: (window: TimeWindow) => void;
  readonly selectedId: string | undefined;
  readonly onOpen: (id: string) => void;
  /** Draw the selected event's meeting series as a connected line. */
  readonly seriesId?: string | undefined;
  /** Language of the dataset's text, for the labels. */
  readonly textLang?: string | undefined;
  /** In an embed, the plain wheel scrolls the host page; Ctrl or ⌘ with the wheel zooms. */
  readonly wheelNeedsModifier?: boolean;
}

const TOP_PADDING_PX = 8;
const GROUP_LABEL_PX = 18;
const DETAIL_LIMIT = 600;
const CLUSTER_PX = 56;

interface GroupLayout {
  readonly group: LaneGroup;
  readonly layout: Layout;
  /** The largest cluster, which sets the height scale of the density columns. */
  readonly maxCount: number;
  readonly topPx: number;
  readonly lanes: number;
}

export function Timeline({
  index,
  groups,
  window,
  homeWindow,
  onWindowChange,
  selectedId,
  onOpen,
  seriesId,
  textLang,
  wheelNeedsModifier = false,
}: TimelineProps) {
  const { locale, messages } = useI18n();
  // Right-to-left pages run time from right to left; layout stays in forward coordinates and
  // only drawing and input mirror.
  const rtl = directionOf(locale) === 'rtl';
  const viewportRef = useRef<HTMLDivElement>(null);
  const marksRef = useRef<HTMLDivElement>(null);
  const { widthPx, heightPx } = useElementSize(viewportRef);
  const helpId = useId();

  // The keyboard's place is an event, not a position: a search or a filter replaces the index.
  const [activeId, setActiveId] = useState<string | undefined>(selectedId);
  const activePosition = activeId === undefined ? undefined : index.positionById.get(activeId);
  const focusPending = useRef(false);

  // Opening an event from elsewhere (a deep link, the list, a series link) moves the keyboard there too.
  useEffect(() => {
    if (selectedId !== undefined) setActiveId(selectedId);
  }, [selectedId]);

  // The selected event's series is pinned too, so that its line joins every meeting in view.
  const seriesIds = useMemo(
    () =>
      seriesId === undefined
        ? []
        : index.events.filter((e) => e.series?.id === seriesId).map((e) => e.id),
    [index, seriesId],
  );
  const pinnedIds = useMemo(
    () =>
      [activeId, selectedId, ...seriesIds].filter(
        (id): id is string => id !== undefined && index.positionById.has(id),
      ),
    [activeId, selectedId, index, seriesIds],
  );

  const groupLayouts = useMemo((): GroupLayout[] | undefined => {
    if (widthPx === 0) return undefined;
    const labelled = groups.length > 1;
    const areaPx = heightPx - AXIS_HEIGHT_PX - STRIP_HEIGHT_PX - TOP_PADDING_PX;
    const perGroupPx = areaPx / Math.max(1, groups.length);
    let topPx = TOP_PADDING_PX;
    return groups.map((group) => {
      const lanes = Math.max(
        1,
        Math.floor((perGroupPx - (labelled ? GROUP_LABEL_PX : 0)) / LANE_HEIGHT_PX),
      );
      const bandTopPx = topPx + (labelled ? GROUP_LABEL_PX : 0);
      topPx += perGroupPx;
      const pinned = pinnedIds
        .map((id) => group.index.positionById.get(id))
        .filter((p): p is number => p !== undefined);
      const layout = layoutTimeline(group.index, window, {
        widthPx,
        lanes,
        boxWidthPx: labelBoxWidthPx,
        gapPx: 6,
        detailLimit: DETAIL_LIMIT,
        clusterPx: CLUSTER_PX,
        pinned,
      });
      const maxCount = layout.clusters.reduce((max, cluster) => Math.max(max, cluster.count), 1);
      return { group, lanes, topPx: bandTopPx, layout, maxCount };
    });
  }, [groups, window, widthPx, heightPx, pinnedIds]);

  // Gestures read the latest window and width through refs, so they attach once.
  const latest = useRef({ window, widthPx, onWindowChange, wheelNeedsModifier, rtl });
  latest.current = { window, widthPx, onWindowChange, wheelNeedsModifier, rtl };
  useEffect(() => {
    const element = viewportRef.current;
    if (!element) return;
    return attachGestures(element, {
      getWindow: () => latest.current.window,
      getWidthPx: () => Math.max(1, latest.current.widthPx),
      onWindow: (next) => latest.current.onWindowChange(next),
      wheelNeedsModifier: () => latest.current.wheelNeedsModifier,
      isRtl: () => latest.current.rtl,
    });
  }, []);

  const moveTo = useCallback(
    (position: number) => {
      const event = index.events[position];
      if (!event) return;
      focusPending.current = true;
      setActiveId(event.id);
      const next = revealEvent(window, event);
      if (next !== window) onWindowChange(next);
    },
    [index, window, onWindowChange],
  );

  // If the focused event leaves the view (a filter, a zoom), focus moves to the events' tab stop
  // rather than falling to the page.
  const focusInside = useRef(false);
  useLayoutEffect(() => {
    const marks = marksRef.current;
    if (!focusInside.current || !marks || marks.contains(document.activeElement)) return;
    if (document.activeElement && document.activeElement !== document.body) {
      focusInside.current = false;
      return;
    }
    marks.querySelector<HTMLElement>('[tabindex="0"]')?.focus({ preventScroll: true });
  });

  useLayoutEffect(() => {
    if (!focusPending.current || activePosition === undefined) return;
    const id = index.events[activePosition]?.id;
    const button =
      id && marksRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
    if (button) {
      focusPending.current = false;
      // Never scroll the page (or a host page around an embed) to reach the focus.
      button.focus({ preventScroll: true });
    }
  });

  const zoomToCluster = useCallback(
    (cluster: Cluster) =>
      onWindowChange(fitWindow(cluster.firstStartMs, cluster.lastStartMs, 0.15)),
    [onWindowChange],
  );
  // Density columns share the width equally.
  const columnWidthPx = widthPx / Math.max(1, Math.floor(widthPx / CLUSTER_PX));

  const focusEvent = useCallback((id: string) => setActiveId(id), []);

  const zoomBy = useCallback(
    (factor: number) => {
      const anchor =
        activePosition !== undefined && isInWindow(index, activePosition, window)
          ? index.startsMs[activePosition]
          : undefined;
      onWindowChange(zoomWindow(window, factor, anchor));
    },
    [activePosition, index, window, onWindowChange],
  );

  const placed = useMemo(
    () => groupLayouts?.flatMap((g) => g.layout.placed.map((item) => ({ item, group: g }))) ?? [],
    [groupLayouts],
  );
  const firstPlacedPosition = () => {
    const first = placed.reduce<PlacedEvent | undefined>(
      (best, { item }) => (!best || item.xPx < best.xPx ? item : best),
      undefined,
    );
    return first ? index.positionById.get(first.event.id) : undefined;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Arrows follow the visual direction: on a right-to-left page, Left is later in time.
    const key =
      rtl && event.key === 'ArrowLeft'
        ? 'ArrowRight'
        : rtl && event.key === 'ArrowRight'
          ? 'ArrowLeft'
          : event.key;
    if (event.target instanceof HTMLElement && event.target.dataset.cluster !== undefined) {
      if (moveAmongClusters(event.target, key)) event.preventDefault();
      return;
    }
    const count = index.events.length;
    const current = activePosition ?? firstPlacedPosition() ?? 0;
    const step = activePosition === undefined ? 0 : 1;
    let handled = true;
    switch (key) {
      case 'ArrowRight':
        if (event.shiftKey) onWindowChange(panWindow(window, spanMs(window) / 4));
        else moveTo(Math.min(count - 1, current + step));
        break;
      case 'ArrowLeft':
        if (event.shiftKey) onWindowChange(panWindow(window, -spanMs(window) / 4));
        else moveTo(Math.max(0, current - step));
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(count - 1);
        break;
      case '+':
      case '=':
        zoomBy(0.5);
        break;
      case '-':
      case '_':
        zoomBy(2);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  const tabStopId = placed.some(({ item }) => item.event.id === activeId)
    ? activeId
    : (index.events[firstPlacedPosition() ?? -1]?.id ?? undefined);
  const stripTopPx = heightPx - AXIS_HEIGHT_PX - STRIP_HEIGHT_PX;
  const ready = groupLayouts !== undefined;
  useEffect(() => {
    if (ready) performance.mark('bilateral:ready');
  }, [ready]);
  const firstClusterKey = groupLayouts?.flatMap((g) => g.layout.clusters)[0]?.key;
  const seriesPoints = useMemo(
    () =>
      seriesId === undefined
        ? []
        : placed
            .filter(({ item }) => item.event.series?.id === seriesId)
            .map(({ item, group }) => ({
              key: item.event.id,
              xPx: rtl ? widthPx - item.xPx : item.xPx,
              yPx: group.topPx + item.lane * LANE_HEIGHT_PX + 12,
            }))
            .sort((a, b) => a.xPx - b.xPx),
    [placed, seriesId, rtl, widthPx],
  );
  const mode = groupLayouts?.some((g) => g.layout.mode === 'density') ? 'density' : 'detail';

  return (
    <section
      className="timeline"
      aria-label={messages.timeline}
      aria-describedby={helpId}
      data-ready={ready ? 'true' : 'false'}
      data-start-ms={Math.round(window.startMs)}
      data-end-ms={Math.round(window.endMs)}
      data-mode={mode}
    >
      <TimelineToolbar
        window={window}
        onZoomIn={() => zoomBy(0.5)}
        onZoomOut={() => zoomBy(2)}
        onShowAll={() => onWindowChange(homeWindow)}
      />
      <p id={helpId} className="visually-hidden">
        {messages.timelineHelp}
      </p>
      <div className="timeline-viewport" ref={viewportRef}>
        {groupLayouts && (
          <>
            <DensityStrip
              index={index}
              window={window}
              widthPx={widthPx}
              topPx={stripTopPx}
              heightPx={STRIP_HEIGHT_PX}
              rtl={rtl}
            />
            {groupLayouts.length > 1 &&
              groupLayouts.map(({ group, topPx }) => (
                <div
                  key={group.key}
                  className="lane-band"
                  style={{ top: `${topPx - GROUP_LABEL_PX}px` }}
                  aria-hidden="true"
                >
                  <span className="lane-label">{group.label}</span>
                </div>
              ))}
            <SeriesLine points={seriesPoints} widthPx={widthPx} heightPx={stripTopPx} />
            {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys reach the focused event button inside; this only routes them */}
            <div
              className="timeline-marks"
              ref={marksRef}
              onKeyDown={onKeyDown}
              onFocus={() => {
                focusInside.current = true;
              }}
              onBlur={(event) => {
                if (event.relatedTarget) focusInside.current = false;
              }}
            >
              {placed.map(({ item, group }) => (
                <EventMark
                  key={item.event.id}
                  item={item}
                  topPx={group.topPx + item.lane * LANE_HEIGHT_PX}
                  widthPx={widthPx}
                  rtl={rtl}
                  textLang={textLang}
                  selected={item.event.id === selectedId}
                  tabbable={item.event.id === tabStopId}
                  onOpen={onOpen}
                  onFocusEvent={focusEvent}
                />
              ))}
              {groupLayouts.flatMap(({ group, layout, topPx, lanes, maxCount }) =>
                layout.clusters.map((cluster) => (
                  <ClusterButton
                    key={`${group.key}:${cluster.key}`}
                    cluster={cluster}
                    mode={layout.mode}
                    widthPx={widthPx}
                    rtl={rtl}
                    barAreaTopPx={topPx}
                    barAreaBottomPx={topPx + lanes * LANE_HEIGHT_PX}
                    pillTopPx={
                      groupLayouts.length > 1
                        ? topPx + (lanes - 1) * LANE_HEIGHT_PX
                        : stripTopPx + 6
                    }
                    maxCount={maxCount}
                    columnWidthPx={columnWidthPx}
                    tabbable={cluster.key === firstClusterKey}
                    onZoom={zoomToCluster}
                  />
                )),
              )}
            </div>
            {placed.length === 0 && groupLayouts.every((g) => g.layout.clusters.length === 0) && (
              <p className="timeline-empty">{messages.noEventsInView}</p>
            )}
          </>
        )}
        <Axis window={window} widthPx={widthPx} topPx={heightPx - AXIS_HEIGHT_PX} rtl={rtl} />
      </div>
    </section>
  );
}

// Clusters form their own tab stop; arrows move between them in screen order.
function moveAmongClusters(current: HTMLElement, key: string): boolean {
  const clusters = [
    ...(current.parentElement?.querySelectorAll<HTMLElement>('[data-cluster]') ?? []),
  ];
  const at = clusters.indexOf(current);
  const targets: Record<string, HTMLElement | undefined> = {
    ArrowRight: clusters[at + 1],
    ArrowLeft: clusters[at - 1],
    Home: clusters[0],
    End: clusters.at(-1),
  };
  if (!(key in targets)) return false;
  const target = targets[key];
  if (target) {
    current.tabIndex = -1;
    target.tabIndex = 0;
    target.focus({ preventScroll: true });
  }
  return true;
}

function isInWindow(index: EventIndex, position: number, window: TimeWindow): boolean {
  return index.startsMs[position]! < window.endMs && index.endsMs[position]! > window.startMs;
}
