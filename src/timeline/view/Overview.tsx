import { type PointerEvent as ReactPointerEvent, useLayoutEffect, useMemo, useRef } from 'react';
import { clampWindow, panWindow, spanMs, type TimeWindow } from '../../domain/time-window';
import type { Era } from '../../domain/types';
import { directionOf } from '../../i18n/choose-language';
import { formatPeriod } from '../../i18n/format-period';
import { useI18n } from '../../i18n/i18n-context';
import { countHeightScale } from '../model/count-height';
import { densityBins } from '../model/density-bins';
import { layoutEras } from '../model/era-layout';
import type { EventIndex } from '../model/event-index';
import { scaleSign, timeScale } from '../model/time-scale';
import { drawCanvasInNextFrame } from './draw-canvas';
import { EraBands } from './EraBands';
import { useElementSize } from './use-element-size';

interface OverviewProps {
  /** Every event of the dataset, for the grey density. */
  readonly all: EventIndex;
  /** The events that match, drawn over it. */
  readonly matching: EventIndex;
  /** The whole span of the dataset. */
  readonly span: TimeWindow;
  readonly window: TimeWindow;
  readonly onWindowChange: (window: TimeWindow) => void;
  /** Eras tinted behind the density (no labels: the overview is too small for them). */
  readonly eras?: readonly Era[];
  readonly parties?: readonly [string, string];
}

const HEIGHT_PX = 44;
const BIN_PX = 2;
const HANDLE_PX = 24;

/**
 * The whole span with the visible window as a brush, so a person zoomed in to days never loses
 * their place: drag the brush to pan, its edges to zoom, click elsewhere to jump; the edges are
 * sliders and the brush a button for the keyboard.
 */
export function Overview({
  all,
  matching,
  span,
  window,
  onWindowChange,
  eras,
  parties,
}: OverviewProps) {
  const { locale, messages } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { widthPx } = useElementSize(ref);
  // The whole span across the width, through the same time scale as the timeline.
  const scale = useMemo(
    () => timeScale(span, Math.max(1, widthPx), directionOf(locale)),
    [span, widthPx, locale],
  );
  const sign = scaleSign(scale);
  const eraLayout = useMemo(() => {
    if (!eras || eras.length === 0 || !parties || widthPx === 0) return undefined;
    const layout = layoutEras({
      eras,
      parties,
      widthPx,
      xOf: (ms) => (sign === 1 ? scale(ms) : widthPx - scale(ms)),
      nowMs: Date.now(),
      lanesTopPx: 0,
      lanesHeightPx: HEIGHT_PX,
      bands: [],
      measure: () => 0,
    });
    return { ...layout, labels: [] };
  }, [eras, parties, scale, sign, widthPx]);
  const drag = useRef<
    { kind: 'move' | 'start' | 'end'; startX: number; start: TimeWindow } | undefined
  >(undefined);

  useLayoutEffect(
    () =>
      drawCanvasInNextFrame(canvasRef, widthPx, HEIGHT_PX, (context, canvas) => {
        const bins = Math.ceil(widthPx / BIN_PX);
        const allCounts = densityBins(all, scale, bins);
        // With nothing filtered out the matching events are all of them: one layer, drawn once.
        const everyEventMatches = matching === all;
        const matchCounts = everyEventMatches ? allCounts : densityBins(matching, scale, bins);
        let max = 1;
        for (const c of allCounts) max = Math.max(max, c);
        const height = countHeightScale(max, HEIGHT_PX - 6);
        const style = getComputedStyle(canvas);
        const layers = [
          [allCounts, style.getPropertyValue('--overview-all')],
          [matchCounts, style.getPropertyValue('--overview-match')],
        ] as const;
        for (const [counts, colour] of everyEventMatches ? layers.slice(1) : layers) {
          context.fillStyle = colour.trim() || style.color;
          counts.forEach((count, bin) => {
            const h = height(count);
            if (h > 0) context.fillRect(bin * BIN_PX, HEIGHT_PX - h, BIN_PX, h);
          });
        }
      }),
    [all, matching, scale, widthPx],
  );

  const clampPx = (px: number) => Math.max(0, Math.min(widthPx, px));
  const x0 = clampPx(Math.min(scale(window.startMs), scale(window.endMs)));
  const x1 = clampPx(Math.max(scale(window.startMs), scale(window.endMs)));
  // The brush never gets narrower than its two handles, so each stays a 24 px target of its own.
  const brushWidth = Math.max(HANDLE_PX, x1 - x0);
  const brushStart = (x0 + x1) / 2 - brushWidth / 2;
  const label = formatPeriod(window.startMs, window.endMs - 1, locale, messages.dateWords);

  const onPointerDown = (event: ReactPointerEvent<HTMLElement>, kind: 'move' | 'start' | 'end') => {
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { kind, startX: event.clientX, start: window };
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const deltaMs = scale.invert(event.clientX).getTime() - scale.invert(d.startX).getTime();
    if (d.kind === 'move') onWindowChange(panWindow(d.start, deltaMs));
    else if (d.kind === 'start' && d.start.startMs + deltaMs < d.start.endMs) {
      onWindowChange(clampWindow({ startMs: d.start.startMs + deltaMs, endMs: d.start.endMs }));
    } else if (d.kind === 'end' && d.start.endMs + deltaMs > d.start.startMs) {
      onWindowChange(clampWindow({ startMs: d.start.startMs, endMs: d.start.endMs + deltaMs }));
    }
  };
  const onPointerUp = () => {
    drag.current = undefined;
  };
  const jumpTo = (event: ReactPointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const centre = scale.invert(event.clientX - box.left).getTime();
    onWindowChange(panWindow(window, centre - (window.startMs + window.endMs) / 2));
  };

  const keyStepMs = spanMs(span) / 50;
  const onKey = (kind: 'move' | 'start' | 'end') => (event: React.KeyboardEvent) => {
    const visualSign =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? -1
          : 0;
    if (visualSign === 0) return;
    // Left and Right follow the screen; Up and Down always mean later and earlier.
    const later =
      event.key === 'ArrowLeft' || event.key === 'ArrowRight' ? visualSign * sign : visualSign;
    event.preventDefault();
    const delta = later * keyStepMs;
    if (kind === 'move') onWindowChange(panWindow(window, delta));
    else if (kind === 'start')
      onWindowChange(
        clampWindow({
          startMs: Math.min(window.startMs + delta, window.endMs - keyStepMs / 10),
          endMs: window.endMs,
        }),
      );
    else
      onWindowChange(
        clampWindow({
          startMs: window.startMs,
          endMs: Math.max(window.endMs + delta, window.startMs + keyStepMs / 10),
        }),
      );
  };
  const year = (ms: number) => new Date(ms).getUTCFullYear();

  // Pointer shortcuts on the strip; the brush and its edges below are the keyboard's way.
  return (
    <div
      className="overview"
      ref={ref}
      onPointerDown={jumpTo}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      {eraLayout && (
        <EraBands layout={eraLayout} widthPx={widthPx} rtl={sign === -1} textLang={undefined} />
      )}
      <canvas
        ref={canvasRef}
        className="overview-density"
        style={{ width: `${widthPx}px`, height: `${HEIGHT_PX}px` }}
      />
      {widthPx > 0 && (
        <div
          className="overview-brush"
          style={{
            transform: `translateX(${brushStart}px)`,
            width: `${brushWidth}px`,
          }}
        >
          <button
            type="button"
            className="overview-window"
            aria-label={messages.overviewWindow(label)}
            onPointerDown={(e) => onPointerDown(e, 'move')}
            onKeyDown={onKey('move')}
          />
          {(['start', 'end'] as const).map((kind) => (
            <div
              key={kind}
              role="slider"
              tabIndex={0}
              className={`overview-handle overview-handle-${kind}`}
              aria-label={kind === 'start' ? messages.overviewStart : messages.overviewEnd}
              aria-valuemin={year(span.startMs)}
              aria-valuemax={year(span.endMs)}
              aria-valuenow={year(kind === 'start' ? window.startMs : window.endMs - 1)}
              aria-valuetext={formatPeriod(
                kind === 'start' ? window.startMs : window.endMs - 1,
                kind === 'start' ? window.startMs : window.endMs - 1,
                locale,
                messages.dateWords,
              )}
              onPointerDown={(e) => onPointerDown(e, kind)}
              onKeyDown={onKey(kind)}
            />
          ))}
        </div>
      )}
    </div>
  );
}
