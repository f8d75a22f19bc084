import { memo } from 'react';
import type { EraLayout } from '../model/era-layout';
import { FONT_STACK } from './measure-text';
import './era-bands.css';

/** The labels' font, as era-bands.css sets it: the layout measures text in it. */
export const ERA_LABEL_FONT = `700 11px ${FONT_STACK}`;

interface EraBandsProps {
  readonly layout: EraLayout;
  readonly widthPx: number;
  /** Right-to-left pages run time from right to left: the forward layout is mirrored here. */
  readonly rtl: boolean;
  readonly textLang: string | undefined;
}

/**
 * Eras behind the timeline: tinted bands and their labels in the strip above the lanes. Drawn
 * for the eye only (aria-hidden): the details say which eras an event falls in, and the era
 * filter lists them all. Each label's full title shows on hover.
 */
export const EraBands = memo(function EraBands({ layout, widthPx, rtl, textLang }: EraBandsProps) {
  const left = (x0: number, x1: number) => (rtl ? widthPx - x1 : x0);
  return (
    <div className="era-layer" aria-hidden="true">
      {layout.rects.map((rect) => (
        <div
          key={rect.era.id}
          className={`era-band era-${rect.group} era-shade-${rect.shade}`}
          style={{
            left: `${left(rect.x0Px, rect.x1Px)}px`,
            width: `${rect.x1Px - rect.x0Px}px`,
            top: `${rect.topPx}px`,
            height: `${rect.heightPx}px`,
          }}
        />
      ))}
      {layout.labels.map((label) => (
        <span
          key={label.era.id}
          className={`era-label era-${label.group}`}
          title={label.era.title}
          lang={textLang}
          dir="auto"
          style={{
            left: `${left(label.xPx, label.xPx + label.widthPx)}px`,
            width: `${label.widthPx}px`,
            top: `${label.topPx}px`,
          }}
        >
          {label.era.title}
        </span>
      ))}
    </div>
  );
});
