// The bilateral-events v1 format (shared DATA.md) as valibot schemas: the single source for
// loading in the app, the command-line check, and the generated JSON Schema.
// Objects are loose: DATA.md lets authors add optional fields of their own.
import * as v from 'valibot';
import { EDTF_PATTERN_SOURCE, isValidEdtf, parseEdtf } from '../domain/edtf';
import {
  MEDIA_KINDS,
  PLOVER_TYPES,
  RELATION_TYPES,
  SOURCE_KINDS,
  STATEMENT_KINDS,
  STORY_FILTER_LISTS,
  VERIFICATION_STATUSES,
} from '../domain/types';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const COUNTRY_CODE_PATTERN = /^[A-Z]{3}$/;
const PARTY_PATTERN = /^(?:[A-Z]{3}|joint)$/;

const text = (what = 'text') => v.string(`must be ${what}`);
const optionalText = () => v.optional(text());
const oneOf = <const T extends readonly string[]>(options: T) =>
  v.picklist(options, `must be one of ${options.join(', ')}`);

const edtfPattern = new RegExp(EDTF_PATTERN_SOURCE);
// The regex carries the form into the JSON Schema; the check adds what a pattern cannot say
// (month 13, 30 February) and stays quiet when the regex has already reported the input.
const edtfDate = v.pipe(
  v.string('must be a date string such as "2024-01-21", "2023-07" or "1950~"'),
  v.regex(edtfPattern, (issue) => edtfReason(issue.input)),
  v.check(
    (input) => !edtfPattern.test(input) || isValidEdtf(input),
    (issue) => edtfReason(issue.input),
  ),
);

function edtfReason(input: unknown): string {
  const result = typeof input === 'string' ? parseEdtf(input) : undefined;
  return result && !result.ok ? result.reason : 'must be a date';
}

const identifier = (what: string) =>
  v.pipe(
    v.string(`must be ${what} (text)`),
    v.regex(
      ID_PATTERN,
      `must be ${what}: lowercase letters, digits and "-", starting with a letter or digit`,
    ),
  );

const partyCode = v.pipe(
  v.string('must be a party code'),
  v.regex(PARTY_PATTERN, 'must be a three-letter country code (such as PAK) or "joint"'),
);

const countryCode = v.pipe(
  v.string('must be a country code'),
  v.regex(COUNTRY_CODE_PATTERN, 'must be an ISO 3166-1 alpha-3 code such as PAK'),
);

// A record that is not an object (a string, a number, null) is named as such, not in valibot's
// own words ("Invalid type: Expected Object but received …").
const record = <T extends v.ObjectEntries>(entries: T, what: string) =>
  v.looseObject(entries, `must be an object ${what}`);

/** A number in a range, said in words a dataset author can act on. */
const numberBetween = (min: number, max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.minValue(min, `must be between ${min} and ${max}`),
    v.maxValue(max, `must be between ${min} and ${max}`),
  );

export const PartySchema = record(
  {
    code: countryCode,
    name: text('the party name (text)'),
  },
  'with a code and a name',
);

export const SourceSchema = record(
  {
    id: identifier('a source id'),
    publisher: optionalText(),
    title: optionalText(),
    url: optionalText(),
    published: v.optional(edtfDate),
    kind: v.optional(oneOf(SOURCE_KINDS)),
  },
  'with at least an id',
);

export const LocationSchema = record(
  {
    name: optionalText(),
    country: v.optional(countryCode),
    lat: v.optional(numberBetween(-90, 90)),
    lon: v.optional(numberBetween(-180, 180)),
    virtual: v.optional(v.boolean('must be true or false')),
  },
  'such as {"name": "Islamabad", "country": "PAK"}',
);

export const ParticipantSchema = record(
  {
    name: text('the participant name (text)'),
    role: optionalText(),
    party: v.optional(partyCode),
  },
  'with at least a name',
);

export const StatementSchema = record(
  {
    speaker: optionalText(),
    role: optionalText(),
    party: v.optional(partyCode),
    kind: oneOf(STATEMENT_KINDS),
    text: text('the statement text'),
    source: v.optional(identifier('a source id')),
  },
  'with at least a kind and a text',
);

export const SeriesSchema = record(
  {
    id: identifier('a series id'),
    name: optionalText(),
    number: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'))),
  },
  'with at least an id',
);

export const RelationSchema = record(
  {
    type: oneOf(RELATION_TYPES),
    id: identifier('an event id'),
  },
  'with a type and an id',
);

export const VerificationSchema = record(
  {
    status: oneOf(VERIFICATION_STATUSES),
    note: optionalText(),
  },
  'with a status',
);

const TranslationSchema = record(
  { title: optionalText(), summary: optionalText() },
  'with a title or a summary',
);

const list = <T extends v.GenericSchema>(item: T) => v.optional(v.array(item, 'must be a list'));

export const MediaSchema = record(
  {
    url: v.pipe(text('the address (text)'), v.nonEmpty('must not be empty')),
    kind: oneOf(MEDIA_KINDS),
    alt: optionalText(),
    caption: optionalText(),
    credit: optionalText(),
    source: v.optional(identifier('a source id')),
  },
  'with at least a url and a kind',
);

export const EventSchema = record(
  {
    id: identifier('an event id'),
    date: edtfDate,
    end: v.optional(edtfDate),
    title: v.pipe(text('the title (text)'), v.nonEmpty('must not be empty')),
    summary: optionalText(),
    type: v.optional(oneOf(PLOVER_TYPES)),
    tags: list(text()),
    location: v.optional(LocationSchema),
    participants: list(ParticipantSchema),
    statements: list(StatementSchema),
    outcomes: list(text()),
    series: v.optional(SeriesSchema),
    related: list(RelationSchema),
    sources: list(identifier('a source id')),
    verification: v.optional(VerificationSchema),
    i18n: v.optional(
      v.record(
        v.string(),
        TranslationSchema,
        'must be an object of translations by language, such as {"ur": {"title": "…"}}',
      ),
    ),
    media: list(MediaSchema),
    // Optional fields added to v1 (docs/datasets.md): TimelineJS's own date text and row group,
    // kept so that a round trip gives them back; and GDELT's numeric codes, kept for a numeric view.
    displayDate: optionalText(),
    group: optionalText(),
    goldsteinScale: v.optional(numberBetween(-10, 10)),
    avgTone: v.optional(numberBetween(-100, 100)),
    numMentions: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.integer('must be a whole number'),
        v.minValue(0, 'must not be negative'),
      ),
    ),
    quadClass: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.integer('must be a whole number'),
        v.minValue(1, 'must be between 1 and 4'),
        v.maxValue(4, 'must be between 1 and 4'),
      ),
    ),
  },
  'with at least an id, a date and a title',
);

export const EraSchema = record(
  {
    id: identifier('an era id'),
    title: v.pipe(text('the title (text)'), v.nonEmpty('must not be empty')),
    start: edtfDate,
    end: v.optional(edtfDate),
    party: v.optional(countryCode),
    kind: optionalText(),
    sources: list(identifier('a source id')),
  },
  'with at least an id, a title and a start',
);

/** A window bound as the URL parameters write it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const windowBound = v.pipe(
  v.string('must be a date such as "2013", "2013-07" or "2013-07-05"'),
  v.regex(
    /^-?\d{4}(-\d{2}(-\d{2})?)?$/,
    'must be a date such as "2013", "2013-07" or "2013-07-05"',
  ),
  v.check(
    (input) => isValidEdtf(input),
    (issue) => edtfReason(issue.input),
  ),
);

const filterList = v.array(text(), 'must be a list of values');

export const StoryStepSchema = v.pipe(
  record(
    {
      event: v.optional(identifier('an event id')),
      caption: optionalText(),
      from: v.optional(windowBound),
      to: v.optional(windowBound),
      filters: v.optional(
        record(
          {
            ...Object.fromEntries(STORY_FILTER_LISTS.map((name) => [name, v.optional(filterList)])),
            q: optionalText(),
          },
          'of filters by their URL names, such as {"series": ["cpec-jcc"]}',
        ),
      ),
      lanes: optionalText(),
      durationMs: v.optional(
        v.pipe(
          v.number('must be a number of milliseconds'),
          v.integer('must be a whole number of milliseconds'),
          v.minValue(1, 'must be more than 0'),
        ),
      ),
    },
    'with an event or a window',
  ),
  v.check(
    (step) => step.event !== undefined || step.from !== undefined || step.to !== undefined,
    'must name an event, a window (from, to), or both',
  ),
);

export const StorySchema = record(
  {
    id: identifier('a story id'),
    title: v.pipe(text('the title (text)'), v.nonEmpty('must not be empty')),
    description: optionalText(),
    steps: v.pipe(
      v.array(v.unknown(), 'must be a list of steps'),
      v.nonEmpty('must have at least one step'),
    ),
  },
  'with an id, a title and steps',
);

export type RawEvent = v.InferOutput<typeof EventSchema>;
export type RawSource = v.InferOutput<typeof SourceSchema>;
export type RawEra = v.InferOutput<typeof EraSchema>;
export type RawStory = v.InferOutput<typeof StorySchema>;
export type RawStoryStep = v.InferOutput<typeof StoryStepSchema>;

/** The file as a whole; events and sources are checked one by one so one bad record loses nothing else. */
export const FileSchema = v.looseObject({
  format: v.literal('bilateral-events', 'must be "bilateral-events"'),
  version: v.literal(1, 'must be 1'),
  title: optionalText(),
  description: optionalText(),
  /** BCP 47 tag of the dataset's own text (optional; added to the v1 format). */
  language: v.optional(
    v.pipe(
      v.string('must be a language tag'),
      v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as en or ur'),
    ),
  ),
  parties: v.pipe(
    v.array(PartySchema, 'must be a list of the two parties'),
    v.length(2, 'must list exactly two parties'),
  ),
  sources: list(v.unknown()),
  events: v.array(v.unknown(), 'must be a list of events'),
  // Optional parts (DATA.md, "Eras, stories and media"): checked one record at a time, so one bad
  // era or story loses nothing else.
  eras: list(v.unknown()),
  stories: list(v.unknown()),
});

/** The whole file with every record's schema, for the generated JSON Schema. */
export const DocumentSchema = v.object({
  ...FileSchema.entries,
  sources: list(SourceSchema),
  events: v.array(EventSchema),
  eras: list(EraSchema),
  stories: list(v.object({ ...StorySchema.entries, steps: v.array(StoryStepSchema) })),
});
