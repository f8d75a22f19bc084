// Fuzzing the URL: any query string, and every parameter with garbage, huge values, other schemes
// and control characters. Parsing never throws, always yields a usable state (a safe dataset
// address, a valid window or none, known values only), and says what it refused in a short
// warning; a state written back to the URL reads the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcDayMs } from '../domain/edtf';
import { isValidWindow, MAX_SPAN_MS, MIN_SPAN_MS } from '../domain/time-window';
import { FUZZ_TIMEOUT_MS, fuzzOptions, hostileString } from '../testing/fuzz';
import {
  DEFAULT_DATA_URL,
  isSafeDataUrl,
  LANE_MODES,
  LANGUAGES,
  parseUrlState,
  serializeUrlState,
  THEMES,
} from './url-state';

const FIRST_DAY_MS = utcDayMs(-9999, 1, 1);
const LAST_DAY_MS = utcDayMs(9999, 12, 31);

const PAGE = 'http://127.0.0.1:4173/graphics/app/';

const PARAMS = [
  'data',
  'event',
  'from',
  'to',
  'q',
  'type',
  'party',
  'tag',
  'series',
  'host',
  'status',
  'lanes',
  'lang',
  'theme',
  'embed',
  'present',
  'era',
  'story',
  'step',
  'autoplay',
  'loop',
  'eras',
] as const;

const value = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:application/json,{}',
      'file:///etc/passwd',
      '//evil.example/x.json',
      '\\\\evil.example\\x.json',
      '/\\evil.example/x.json',
      '\\/evil.example/x.json',
      ' /\\/evil.example',
      'https://example.org/d.json',
      'data/other.json',
      '2024',
      '2024-02-30',
      '1950~',
      '-9999',
      '9999-12-31',
      'cpec-jcc-1',
      '0',
      '3',
      '007',
      '-1',
      '99999',
      'CONSULT,AGREE,,CONSULT',
      'ur',
      'dark',
      '1',
      '9999-12-31',
      '-9999-01-01',
      'x'.repeat(100_000),
      ','.repeat(10_000),
    ),
  },
);

const query = fc.oneof(
  hostileString,
  fc
    .array(fc.tuple(fc.constantFrom(...PARAMS), value), { maxLength: 8 })
    .map((pairs) => `?${new URLSearchParams(pairs)}`),
  // Hand-written links: raw characters, stray percent signs, repeated and empty parameters.
  fc
    .array(fc.tuple(fc.constantFrom(...PARAMS), fc.string()), { maxLength: 6 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}&%&=&data`),
);

describe('parseUrlState (fuzz)', () => {
  it(
    'never throws, and falls back to a usable state with short warnings',
    () => {
      fc.assert(
        fc.property(query, (search) => {
          const { state, warnings } = parseUrlState(search);
          expect(state.data === DEFAULT_DATA_URL || isSafeDataUrl(state.data)).toBe(true);
          expect(state.data).not.toMatch(/^\s*(javascript|data|file|vbscript):/i);
          expect(state.data.startsWith('//')).toBe(false);
          // A relative address stays on this site: only an explicit http(s) URL leaves it.
          if (!/^\s*https?:/i.test(state.data)) {
            expect(new URL(state.data, PAGE).origin).toBe(new URL(PAGE).origin);
          }
          if (state.window) {
            expect(isValidWindow(state.window)).toBe(true);
            const span = state.window.endMs - state.window.startMs;
            expect(span).toBeGreaterThanOrEqual(MIN_SPAN_MS - 1);
            expect(span).toBeLessThanOrEqual(MAX_SPAN_MS + 1);
          }
          if (state.event !== undefined) expect(state.event).toMatch(/^[a-z0-9][a-z0-9-]*$/);
          expect(state.q.length).toBeLessThanOrEqual(200);
          for (const list of [
            state.type,
            state.party,
            state.tag,
            state.series,
            state.host,
            state.status,
            state.era,
          ]) {
            expect(list.length).toBeLessThanOrEqual(50);
            expect(new Set(list).size).toBe(list.length);
            for (const item of list) expect(item.length).toBeLessThanOrEqual(100);
          }
          expect(LANE_MODES).toContain(state.lanes);
          if (state.story !== undefined) expect(state.story).toMatch(/^[a-z0-9][a-z0-9-]*$/);
          expect(Number.isInteger(state.step) && state.step >= 1).toBe(true);
          if (state.lang !== undefined) expect(LANGUAGES).toContain(state.lang);
          if (state.theme !== undefined) expect(THEMES).toContain(state.theme);
          expect(new Set(warnings.map((w) => w.kind)).size).toBe(warnings.length);
          // 200 characters of the value, each bidi control among them shown as ⟨U+XXXX⟩.
          for (const warning of warnings) {
            expect(warning.value.length).toBeLessThanOrEqual(200 * 10);
            expect(warning.value).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
          }
        }),
        fuzzOptions(),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'reads back what it writes: a parsed state survives a round trip through the URL',
    () => {
      fc.assert(
        fc.property(query, (search) => {
          const { state } = parseUrlState(search);
          const again = parseUrlState(serializeUrlState(state));
          expect(again.warnings).toEqual([]);
          // The window is written to the day, so it comes back within a day of where it was
          // (unless it reaches past the years a URL can name, -9999 to 9999).
          const { window, ...rest } = state;
          const { window: windowAgain, ...restAgain } = again.state;
          expect(restAgain).toEqual(rest);
          expect(windowAgain === undefined).toBe(window === undefined);
          const named = (ms: number) => ms >= FIRST_DAY_MS && ms <= LAST_DAY_MS;
          if (window && windowAgain && named(window.startMs) && named(window.endMs)) {
            expect(Math.abs(windowAgain.startMs - window.startMs)).toBeLessThan(86_400_000);
            expect(Math.abs(windowAgain.endMs - window.endMs)).toBeLessThan(86_400_000);
          }
        }),
        fuzzOptions(),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
