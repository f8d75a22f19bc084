import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../domain/edtf';
import type { Era } from '../../domain/types';
import { ERA_ROW_PX, eraRows, layoutEras } from './era-layout';

function era(id: string, start: string, end: string | undefined, party?: string): Era {
  const s = parseEdtf(start);
  const e = end === undefined ? undefined : parseEdtf(end);
  if (!s.ok || (e && !e.ok)) throw new Error('bad test era');
  return {
    id,
    title: `Era ${id}`,
    start: s.value,
    end: e?.ok ? e.value : undefined,
    startMs: s.value.startMs,
    endMs: e?.ok ? e.value.endMs : undefined,
    party,
    kind: undefined,
    sources: [],
  };
}

const PARTIES = ['PAK', 'CHN'] as const;
// 1 px per day from 2000-01-01, 2000 px wide: about 2000–2005.
const ORIGIN = Date.UTC(2000, 0, 1);
const xOf = (ms: number) => (ms - ORIGIN) / 86_400_000;
const base = {
  parties: PARTIES,
  widthPx: 2000,
  xOf,
  nowMs: Date.UTC(2030, 0, 1),
  lanesTopPx: 100,
  lanesHeightPx: 400,
  bands: [],
  measure: (text: string) => text.length * 7,
};

describe('eraRows', () => {
  it('gives each group the rows its overlapping eras need, at most two', () => {
    const eras = [
      era('a', '2000', '2001'),
      era('b', '2002', '2003'),
      era('p1', '2000', '2004', 'PAK'),
      era('p2', '2001', '2002', 'PAK'),
      era('p3', '2001-06', '2003', 'PAK'),
    ];
    expect(eraRows(eras, PARTIES)).toEqual({ shared: 1, first: 2, second: 0 });
  });
});

describe('layoutEras', () => {
  it('draws shared eras across the lanes and a side’s eras in its half', () => {
    const layout = layoutEras({
      ...base,
      eras: [
        era('shared', '2001', '2002'),
        era('pak', '2000', '2001', 'PAK'),
        era('chn', '2003', undefined, 'CHN'),
      ],
    });
    expect(layout.stripPx).toBe(3 * ERA_ROW_PX);
    const rect = (id: string) => layout.rects.find((r) => r.era.id === id)!;
    expect(rect('shared')).toMatchObject({ topPx: 100, heightPx: 400, group: 'shared' });
    expect(rect('pak')).toMatchObject({ topPx: 100, heightPx: 200, group: 'first' });
    expect(rect('chn')).toMatchObject({ topPx: 300, heightPx: 200, group: 'second' });
    // An open era runs to now: past the right edge, so cut there.
    expect(rect('chn').x1Px).toBe(2000);
    // Labels sit in the strip above the lanes, one row per group.
    const label = (id: string) => layout.labels.find((l) => l.era.id === id)!;
    expect(label('shared').topPx).toBe(100 - 3 * ERA_ROW_PX);
    expect(label('pak').topPx).toBe(100 - 2 * ERA_ROW_PX);
    expect(label('chn').topPx).toBe(100 - ERA_ROW_PX);
  });

  it('puts a side’s eras in its band when the lanes are split by host country', () => {
    const layout = layoutEras({
      ...base,
      eras: [era('chn', '2001', '2002', 'CHN')],
      bands: [
        { key: 'PAK', topPx: 100, heightPx: 150 },
        { key: 'CHN', topPx: 250, heightPx: 150 },
        { key: 'virtual', topPx: 400, heightPx: 100 },
      ],
    });
    expect(layout.rects[0]).toMatchObject({ topPx: 250, heightPx: 150 });
  });

  // Four eras in a 2000–2004 view: room for two labels, one too short for any.
  const crowded = [
    era('long', '2000', '2004'),
    era('overlap', '2000-02', '2001'),
    era('third', '2000-03', '2000-12'),
    era('tiny', '2004-01-01', '2004-01-03'),
  ];

  it('never lets two labels overlap, keeps each inside its era, and leaves out those with no room', () => {
    const eras = [...crowded, era('gone', '1990', '1995')];
    const layout = layoutEras({ ...base, eras });
    const ids = layout.labels.map((l) => l.era.id);
    expect(ids).toEqual(['long', 'overlap']);
    expect(layout.rects.map((r) => r.era.id)).not.toContain('gone');
    for (const a of layout.labels) {
      const rect = layout.rects.find((r) => r.era === a.era)!;
      expect(a.xPx).toBeGreaterThanOrEqual(rect.x0Px);
      expect(a.xPx + a.widthPx).toBeLessThanOrEqual(rect.x1Px);
      for (const b of layout.labels) {
        if (a === b || a.topPx !== b.topPx) continue;
        expect(a.xPx + a.widthPx <= b.xPx || b.xPx + b.widthPx <= a.xPx).toBe(true);
      }
    }
  });

  it('measures the titles only of the labels it can draw', () => {
    const measured: string[] = [];
    const layout = layoutEras({
      ...base,
      eras: crowded,
      measure: (text) => {
        measured.push(text);
        return text.length * 7;
      },
    });
    expect(layout.labels.map((l) => l.era.title)).toEqual(['Era long', 'Era overlap']);
    expect(measured).toEqual(['Era long', 'Era overlap']);
  });

  it('keeps a label at the start of the visible part of an era that began before the view', () => {
    const layout = layoutEras({ ...base, eras: [era('old', '1990', '2003')] });
    expect(layout.rects[0]!.x0Px).toBe(0);
    expect(layout.labels[0]!.xPx).toBeGreaterThanOrEqual(0);
    expect(layout.labels[0]!.xPx).toBeLessThan(10);
  });

  it('alternates shades within a group so abutting eras stay apart', () => {
    const layout = layoutEras({
      ...base,
      eras: [
        era('a', '2000', '2000-12', 'PAK'),
        era('b', '2001', '2001-12', 'PAK'),
        era('c', '2002', '2002-12', 'PAK'),
      ],
    });
    expect(layout.rects.map((r) => r.shade)).toEqual([0, 1, 0]);
  });
});
