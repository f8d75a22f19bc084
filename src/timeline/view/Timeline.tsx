import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { fitWindow, spanMs, type TimeWindow } from '../../domain/time-window';
import type { Era } from '../../domain/types';
import { directionOf } from '../../i18n/choose-language';
import { formatNumber } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';
import type { WindowMotion } from '../../state/view-window';
import { useTimelineZoom } from '../interaction/use-timeline-zoom';
import { ERA_ROW_PX, eraRows, layoutEras } from '../model/era-layout';
import type { EventIndex } from '../model/event-index';
import type { Cluster } from '../model/layout-timeline';
import { timeScale } from '../model/time-scale';
import { Axis } from './Axis';
import { ClusterButton } from './ClusterButton';
import { DensityStrip } from './DensityStrip';
import {
  AXIS_HEIGHT_PX,
  GROUP_LABEL_PX,
  ROW_PX,
  STRIP_HEIGHT_PX,
  TOP_PADDING_PX,
} from './dimensions';
import { ERA_LABEL_FONT, EraBands } from './EraBands';
import { EventMark } from './EventMark';
import { measureTextPx } from './measure-text';
import { SeriesLine } from './SeriesLine';
import { TimelineToolbar } from './TimelineToolbar';
import { useElementSize } from './use-element-size';
import { useRovingFocus } from './use-roving-focus';
import { useTimelineKeyboard } from './use-timeline-keyboard';
import { type LaneGroup, useTimelineLayout } from './use-timeline-layout';

export type { LaneGroup } from './use-timeline-layout';

export interface TimelineProps {
  /** Every event drawn, in time order: the keyboard moves through these. */
  readonly index: EventIndex;
  readonly groups: readonly LaneGroup[];
  readonly window: TimeWindow;
  /** How the latest change of `window` is shown: animated (moves made by code) or at once. */
  readonly motion?: WindowMotion;
  /** The window that shows every event: "Show all" returns to it. */
  readonly homeWindow: TimeWindow;
  readonly onWindowChange: (window: TimeWindow, motion?: WindowMotion) => void;
  readonly selectedId: string | undefined;
  readonly onOpen: (id: string) => void;
  /** Draw the selected event's meeting series as a connected line. */
  readonly seriesId?: string | undefined;
  /** Language of the dataset's text, for the labels. */
  readonly textLang?: string | undefined;
  /** In an embed, the plain wheel scrolls the host page; Ctrl or ⌘ with the wheel zooms. */
  readonly wheelNeedsModifier?: boolean;
  /** Eras drawn behind the lanes (none: no eras, and no room kept for their labels). */
  readonly eras?: readonly Era[];
  /** The dataset's two parties' codes: a side's eras go in its band. */
  readonly parties?: readonly [string, string];
  /** The id of a text description of the view, added to the region's description. */
  readonly describedBy?: string;
}

/** How far past the first and last event panning may go, as a share of the whole span. */
const PAN_MARGIN = 0.1;
const NO_ERAS: readonly Era[] = [];
const NO_PARTIES: readonly [string, string] = ['', ''];

export function Timeline({
  index,
  groups,
  window,
  motion = 'animate',
  homeWindow,
  onWindowChange,
  selectedId,
  onOpen,
  seriesId,
  textLang,
  wheelNeedsModifier = false,
  eras = NO_ERAS,
  parties = NO_PARTIES,
  describedBy,
}: TimelineProps) {
  const { locale, messages } = useI18n();
  const direction = directionOf(locale);
  const viewportRef = useRef<HTMLDivElement>(null);
  const marksRef = useRef<HTMLDivElement>(null);
  const { widthPx, heightPx } = useElementSize(viewportRef);
  const helpId = useId();

  const bounds = useMemo(() => {
    const margin = spanMs(homeWindow) * PAN_MARGIN;
    return { startMs: homeWindow.startMs - margin, endMs: homeWindow.endMs + margin };
  }, [homeWindow]);
  const onGesture = useCallback(
    (next: TimeWindow) => onWindowChange(next, 'jump'),
    [onWindowChange],
  );
  const shown = useTimelineZoom(viewportRef, {
    window,
    motion,
    home: homeWindow,
    bounds,
    widthPx,
    heightPx,
    direction,
    onGesture,
    wheelNeedsModifier,
  });
  const scale = useMemo(
    () => (widthPx === 0 ? undefined : timeScale(shown, widthPx, direction)),
    [shown, widthPx, direction],
  );

  const { activeId, focusEvent, onEventFocused, onFocus, onBlur } = useRovingFocus(
    marksRef,
    selectedId,
  );
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
  const formatCount = useCallback((count: number) => formatNumber(count, locale), [locale]);
  // Only the eras in view take rows in the label strip, so a period with none keeps its room for
  // events (the lanes shift a little when a pan brings the first era of a kind into view).
  const erasInView = useMemo(
    () =>
      eras.filter(
        (era) =>
          era.startMs < shown.endMs && (era.endMs ?? Number.POSITIVE_INFINITY) > shown.startMs,
      ),
    [eras, shown],
  );
  const eraStripPx = useMemo(() => {
    const rows = eraRows(erasInView, parties);
    return (rows.shared + rows.first + rows.second) * ERA_ROW_PX;
  }, [erasInView, parties]);
  const layout = useTimelineLayout(groups, scale, heightPx, pinnedIds, formatCount, eraStripPx);
  const eraLayout = useMemo(() => {
    if (!layout || !scale || erasInView.length === 0) return undefined;
    const lanesTopPx = TOP_PADDING_PX + eraStripPx;
    const labelled = layout.bands.length > 1;
    return layoutEras({
      eras: erasInView,
      parties,
      widthPx,
      // The layout runs forward in time; EraBands mirrors it on a right-to-left page.
      xOf: (ms) => (direction === 'rtl' ? widthPx - scale(ms) : scale(ms)),
      nowMs: Date.now(),
      lanesTopPx,
      lanesHeightPx: layout.stripTopPx - lanesTopPx,
      bands: layout.bands.map((band) => {
        const topPx = band.topPx - (labelled ? GROUP_LABEL_PX : 0);
        return { key: band.group.key, topPx, heightPx: band.columnBottomPx - topPx };
      }),
      measure: (text) => measureTextPx(text, ERA_LABEL_FONT),
    });
  }, [layout, scale, erasInView, parties, eraStripPx, widthPx, direction]);
  const placed = layout?.placed ?? [];

  const firstDrawnId = useMemo(() => {
    let first: string | undefined;
    let firstPosition = Number.POSITIVE_INFINITY;
    for (const { item } of placed) {
      if (item.position < firstPosition) {
        firstPosition = item.position;
        first = item.event.id;
      }
    }
    return first === undefined ? undefined : index.positionById.has(first) ? first : undefined;
  }, [placed, index]);
  const tabStopId = placed.some(({ item }) => item.event.id === activeId) ? activeId : firstDrawnId;

  const { onKeyDown, zoomBy } = useTimelineKeyboard({
    index,
    scale,
    window,
    onWindowChange,
    activeId,
    firstDrawnId,
    focusEvent,
  });

  const zoomToCluster = useCallback(
    (cluster: Cluster) =>
      onWindowChange(fitWindow(cluster.firstStartMs, cluster.lastStartMs, 0.15)),
    [onWindowChange],
  );

  const ready = layout !== undefined;
  // The benchmark measures from the data's arrival to this mark.
  useEffect(() => {
    if (ready) performance.mark('bilateral:ready');
  }, [ready]);
  const firstClusterKey = layout?.bands.flatMap((b) => b.layout.clusters)[0]?.key;
  const seriesPoints = useMemo(
    () =>
      seriesId === undefined
        ? []
        : placed
            .filter(({ item }) => item.event.series?.id === seriesId)
            .map(({ item, band }) => ({
              key: item.event.id,
              xPx: item.xPx,
              yPx: band.topPx + item.row * ROW_PX + 12,
            }))
            .sort((a, b) => a.xPx - b.xPx),
    [placed, seriesId],
  );

  return (
    <section
      className="timeline"
      aria-label={messages.timeline}
      aria-describedby={describedBy ? `${helpId} ${describedBy}` : helpId}
      data-ready={ready ? 'true' : 'false'}
      data-start-ms={Math.round(shown.startMs)}
      data-end-ms={Math.round(shown.endMs)}
      data-mode={layout?.mode ?? 'detail'}
    >
      <TimelineToolbar
        window={shown}
        onZoomIn={() => zoomBy(0.5)}
        onZoomOut={() => zoomBy(2)}
        onShowAll={() => onWindowChange(homeWindow)}
      />
      <p id={helpId} className="visually-hidden">
        {messages.timelineHelp}
      </p>
      <div className="timeline-viewport" ref={viewportRef}>
        {layout && scale && (
          <>
            {eraLayout && (
              <EraBands
                layout={eraLayout}
                widthPx={widthPx}
                rtl={direction === 'rtl'}
                textLang={textLang}
              />
            )}
            <DensityStrip
              index={index}
              scale={scale}
              topPx={layout.stripTopPx}
              heightPx={STRIP_HEIGHT_PX}
            />
            {layout.bands.length > 1 &&
              layout.bands.map(({ group, topPx }) => (
                <div
                  key={group.key}
                  className="lane-band"
                  style={{ top: `${topPx - GROUP_LABEL_PX}px` }}
                  aria-hidden="true"
                >
                  <span className="lane-label">{group.label}</span>
                </div>
              ))}
            <SeriesLine points={seriesPoints} widthPx={widthPx} heightPx={layout.stripTopPx} />
            {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys reach the focused event button inside; this only routes them */}
            <div
              className="timeline-marks"
              ref={marksRef}
              onKeyDown={onKeyDown}
              onFocus={onFocus}
              onBlur={onBlur}
            >
              {placed.map(({ item, band }) => (
                <EventMark
                  key={item.event.id}
                  item={item}
                  topPx={band.topPx + item.row * ROW_PX}
                  tipBelow={band.topPx + item.row * ROW_PX < layout.stripTopPx / 2}
                  textLang={textLang}
                  selected={item.event.id === selectedId}
                  tabbable={item.event.id === tabStopId}
                  onOpen={onOpen}
                  onFocusEvent={onEventFocused}
                />
              ))}
              {layout.bands.flatMap((band) =>
                band.layout.clusters.map((cluster) => (
                  <ClusterButton
                    key={`${band.group.key}:${cluster.key}`}
                    cluster={cluster}
                    mode={band.layout.mode}
                    band={band}
                    tabbable={cluster.key === firstClusterKey}
                    onZoom={zoomToCluster}
                  />
                )),
              )}
            </div>
            {placed.length === 0 && layout.bands.every((b) => b.layout.clusters.length === 0) && (
              <p className="timeline-empty">{messages.noEventsInView}</p>
            )}
          </>
        )}
        {scale && <Axis scale={scale} topPx={heightPx - AXIS_HEIGHT_PX} />}
      </div>
    </section>
  );
}
