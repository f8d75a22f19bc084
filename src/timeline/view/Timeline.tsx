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
import { useI18n } from '../../i18n/i18n-context';
import { attachGestures } from '../interaction/gesture-adapter';
import type { EventIndex } from '../model/event-index';
import { layoutTimeline } from '../model/layout-timeline';
import {
  fitWindow,
  panWindow,
  revealRange,
  spanMs,
  type TimeWindow,
  zoomWindow,
} from '../model/time-window';
import { Axis } from './Axis';
import { ClusterButton } from './ClusterButton';
import { DensityStrip } from './DensityStrip';
import { EventMark } from './EventMark';
import { labelBoxWidthPx } from './measure-label';
import { TimelineToolbar } from './TimelineToolbar';
import { useElementSize } from './use-element-size';

export interface TimelineProps {
  readonly index: EventIndex;
  readonly window: TimeWindow;
  /** The window that shows every event: "Show everything" returns to it. */
  readonly homeWindow: TimeWindow;
  readonly onWindowChange: (window: TimeWindow) => void;
  readonly selectedId: string | undefined;
  readonly onOpen: (id: string) => void;
  /** In an embed, the plain wheel scrolls the host page; Ctrl or ⌘ with the wheel zooms. */
  readonly wheelNeedsModifier?: boolean;
}

export const LANE_HEIGHT_PX = 30;
export const AXIS_HEIGHT_PX = 34;
export const STRIP_HEIGHT_PX = 40;
const TOP_PADDING_PX = 8;
const DETAIL_LIMIT = 600;
const CLUSTER_PX = 56;

export function Timeline({
  index,
  window,
  homeWindow,
  onWindowChange,
  selectedId,
  onOpen,
  wheelNeedsModifier = false,
}: TimelineProps) {
  const { messages } = useI18n();
  const viewportRef = useRef<HTMLDivElement>(null);
  const marksRef = useRef<HTMLDivElement>(null);
  const { widthPx, heightPx } = useElementSize(viewportRef);
  const helpId = useId();
  const lanes = Math.max(
    1,
    Math.floor((heightPx - AXIS_HEIGHT_PX - STRIP_HEIGHT_PX - TOP_PADDING_PX) / LANE_HEIGHT_PX),
  );

  const selectedPosition =
    selectedId === undefined ? undefined : index.positionById.get(selectedId);
  const [activePosition, setActivePosition] = useState<number | undefined>(selectedPosition);
  const focusPending = useRef(false);

  // Opening an event from elsewhere (a deep link, the list, a series link) moves the keyboard there too.
  useEffect(() => {
    if (selectedPosition !== undefined) setActivePosition(selectedPosition);
  }, [selectedPosition]);

  const pinned = useMemo(
    () => [activePosition, selectedPosition].filter((p): p is number => p !== undefined),
    [activePosition, selectedPosition],
  );

  const layout = useMemo(
    () =>
      widthPx > 0
        ? layoutTimeline(index, window, {
            widthPx,
            lanes,
            boxWidthPx: labelBoxWidthPx,
            gapPx: 6,
            detailLimit: DETAIL_LIMIT,
            clusterPx: CLUSTER_PX,
            pinned,
          })
        : undefined,
    [index, window, widthPx, lanes, pinned],
  );

  // Gestures read the latest window and width through refs, so they attach once.
  const latest = useRef({ window, widthPx, onWindowChange, wheelNeedsModifier });
  latest.current = { window, widthPx, onWindowChange, wheelNeedsModifier };
  useEffect(() => {
    const element = viewportRef.current;
    if (!element) return;
    return attachGestures(element, {
      getWindow: () => latest.current.window,
      getWidthPx: () => Math.max(1, latest.current.widthPx),
      onWindow: (next) => latest.current.onWindowChange(next),
      wheelNeedsModifier: () => latest.current.wheelNeedsModifier,
    });
  }, []);

  const moveTo = useCallback(
    (position: number) => {
      const event = index.events[position];
      if (!event) return;
      focusPending.current = true;
      setActivePosition(position);
      const next = revealRange(
        window,
        event.startMs,
        Math.min(event.endMs, event.startMs + spanMs(window) / 2),
      );
      if (next !== window) onWindowChange(next);
    },
    [index, window, onWindowChange],
  );

  useLayoutEffect(() => {
    if (!focusPending.current || activePosition === undefined) return;
    const button = marksRef.current?.querySelector<HTMLElement>(
      `[data-position="${activePosition}"]`,
    );
    if (button) {
      focusPending.current = false;
      // Never scroll the page (or a host page around an embed) to reach the focus.
      button.focus({ preventScroll: true });
    }
  });

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

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof HTMLElement && event.target.dataset.cluster !== undefined) {
      if (moveAmongClusters(event.target, event.key)) event.preventDefault();
      return;
    }
    const count = index.events.length;
    const current = activePosition ?? firstPlacedPosition() ?? 0;
    let handled = true;
    switch (event.key) {
      case 'ArrowRight':
        if (event.shiftKey) onWindowChange(panWindow(window, spanMs(window) / 4));
        else moveTo(Math.min(count - 1, current + (activePosition === undefined ? 0 : 1)));
        break;
      case 'ArrowLeft':
        if (event.shiftKey) onWindowChange(panWindow(window, -spanMs(window) / 4));
        else moveTo(Math.max(0, current - (activePosition === undefined ? 0 : 1)));
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

  function firstPlacedPosition(): number | undefined {
    return layout?.placed[0]?.position;
  }

  const tabStop =
    layout?.placed.find((item) => item.position === activePosition)?.position ??
    firstPlacedPosition();
  const laneTopPx = (lane: number) => TOP_PADDING_PX + lane * LANE_HEIGHT_PX;
  const lanesBottomPx = TOP_PADDING_PX + lanes * LANE_HEIGHT_PX;
  const maxClusterCount = layout?.clusters.reduce((max, c) => Math.max(max, c.count), 1) ?? 1;
  const ready = layout !== undefined;
  useEffect(() => {
    if (ready) performance.mark('bilateral:ready');
  }, [ready]);

  return (
    <section
      className="timeline"
      aria-label={messages.timeline}
      aria-describedby={helpId}
      data-ready={ready ? 'true' : 'false'}
      data-start-ms={Math.round(window.startMs)}
      data-end-ms={Math.round(window.endMs)}
      data-mode={layout?.mode}
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
        {layout && (
          <>
            <DensityStrip
              index={index}
              window={window}
              widthPx={widthPx}
              topPx={lanesBottomPx}
              heightPx={STRIP_HEIGHT_PX}
            />
            {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys reach the focused event button inside; this only routes them */}
            <div className="timeline-marks" ref={marksRef} onKeyDown={onKeyDown}>
              {layout.placed.map((item) => (
                <EventMark
                  key={item.event.id}
                  item={item}
                  topPx={laneTopPx(item.lane)}
                  widthPx={widthPx}
                  selected={item.event.id === selectedId}
                  tabbable={item.position === tabStop}
                  onOpen={onOpen}
                  onFocusPosition={setActivePosition}
                />
              ))}
              {layout.clusters.map((cluster, i) => (
                <ClusterButton
                  key={cluster.key}
                  cluster={cluster}
                  mode={layout.mode}
                  widthPx={widthPx}
                  barAreaTopPx={TOP_PADDING_PX}
                  barAreaBottomPx={lanesBottomPx}
                  stripTopPx={lanesBottomPx}
                  maxCount={maxClusterCount}
                  columnWidthPx={widthPx / Math.max(1, Math.floor(widthPx / CLUSTER_PX))}
                  tabbable={i === 0}
                  onZoom={() =>
                    onWindowChange(fitWindow(cluster.firstStartMs, cluster.lastStartMs, 0.15))
                  }
                />
              ))}
            </div>
            {layout.placed.length === 0 && layout.clusters.length === 0 && (
              <p className="timeline-empty">{messages.noEventsInView}</p>
            )}
          </>
        )}
        <Axis window={window} widthPx={widthPx} topPx={heightPx - AXIS_HEIGHT_PX} />
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
  const target =
    key === 'ArrowRight'
      ? clusters[at + 1]
      : key === 'ArrowLeft'
        ? clusters[at - 1]
        : key === 'Home'
          ? clusters[0]
          : key === 'End'
            ? clusters.at(-1)
            : undefined;
  if (!target) return key === 'ArrowRight' || key === 'ArrowLeft';
  current.tabIndex = -1;
  target.tabIndex = 0;
  target.focus({ preventScroll: true });
  return true;
}

function isInWindow(index: EventIndex, position: number, window: TimeWindow): boolean {
  return index.startsMs[position]! < window.endMs && index.endsMs[position]! > window.startMs;
}
