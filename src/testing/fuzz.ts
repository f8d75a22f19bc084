// Settings shared by the property tests named *.fuzz.test.ts. They run FUZZ_RUNS cases each:
// a few hundred by default, so `npm test` stays fast; `npm run fuzz` runs them with many more.
// A failure prints fast-check's seed and path; FUZZ_SEED replays that run.
import fc from 'fast-check';

const DEFAULT_RUNS = 200;

function readInteger(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

export const FUZZ_RUNS = readInteger(process.env.FUZZ_RUNS) ?? DEFAULT_RUNS;

/** Options for fc.assert: the run count, and the seed when one is given to replay a failure. */
export function fuzzOptions<T>(): fc.Parameters<T> {
  const seed = readInteger(process.env.FUZZ_SEED);
  return seed === undefined ? { numRuns: FUZZ_RUNS } : { numRuns: FUZZ_RUNS, seed };
}

/** A per-test timeout that grows with the run count (10 ms a case, at least 10 s). */
export const FUZZ_TIMEOUT_MS = Math.max(10_000, FUZZ_RUNS * 10);

/** Text that has broken this kind of code elsewhere: markup, script URLs, bidi controls, odd keys. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  '\uFEFF',
  '\uFFFD',
  '\u202E',
  '\u2066evil\u2069',
  '\uD800',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example/x.json',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '0000',
  '-0000',
  '9999-12-31',
  '-9999-01-01',
  '2024-02-30',
  '2023-13',
  '2024-01-21?',
  '2024~',
  '1e400',
  'NaN',
  '"',
  '\\',
  '\n',
  '\r\n',
  ',',
  ';',
  'x'.repeat(5000),
];

/** Any string, biased towards the hostile ones and towards unicode. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
);

/** Any JSON value, with hostile strings as keys and values. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    hostileString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
})).value;
