// The JSON Schema for editors, generated from the valibot DocumentSchema so the two cannot drift.
// Checks JSON Schema cannot express (30 February, end before date) are left to the loader and
// `npm run data:check`; the date pattern is kept, so editors still catch most typing mistakes.
import { toJsonSchema } from '@valibot/to-json-schema';
import { DocumentSchema } from '../../src/data/schema';

export const SCHEMA_PATH = 'public/data/bilateral-events.schema.json';

// Hover text in editors for the fields people most often get wrong; keyed by schema path.
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'properties.parties':
    'Exactly the two sides, each an ISO 3166-1 alpha-3 code (PAK, CHN) and a display name.',
  'properties.sources':
    'The registry of sources that events and statements cite by id. Kind: official, news, wire, archive, reference or aggregator.',
  'properties.events.items.properties.id':
    'Unique in the file: lowercase letters, digits and "-", such as cpec-jcc-8.',
  'properties.events.items.properties.date':
    'EDTF subset: YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ? (uncertain), ~ (approximate) or % (both). Years are astronomical: 0000 is 1 BCE, -0500 is 501 BCE. Write only the precision you know.',
  'properties.events.items.properties.end':
    'Same form as date; not before date. For multi-day visits and spans.',
  'properties.events.items.properties.summary':
    'Plain text in your own words; paragraphs are separated by a blank line. Never HTML.',
  'properties.events.items.properties.type':
    'A PLOVER event category. Required by the curation check (npm run data:check).',
  'properties.events.items.properties.participants':
    'People and bodies taking part. party: one of the two party codes, "joint", or another alpha-3 code.',
  'properties.events.items.properties.statements':
    'What was said. kind "quote" is verbatim as the cited source printed it; never write a quote from memory.',
  'properties.events.items.properties.related':
    'Links to other events. follows/precedes and part-of/has-part must be written on both events.',
  'properties.events.items.properties.sources':
    'Ids from the sources list. The curation check requires at least one.',
  'properties.events.items.properties.verification':
    'verified, single-source, unverified or disputed; note explains conflicts between sources. Required by the curation check.',
};

export function buildJsonSchema(): Record<string, unknown> {
  const converted = toJsonSchema(DocumentSchema, { target: 'draft-07', errorMode: 'ignore' });
  const { $schema, ...body } = converted;
  for (const [path, description] of Object.entries(DESCRIPTIONS)) {
    const node = at(body, path.split('.'));
    if (node) node.description = description;
  }
  return {
    $schema,
    $id: 'urn:bilateral:schema:bilateral-events:1',
    title: 'bilateral-events, version 1',
    description:
      'A dataset of events between two countries for the Bilateral timeline (docs/datasets.md). Generated from src/data/schema.ts by npm run data:schema; do not edit by hand.',
    ...body,
  };
}

export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

function at(root: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  let node: unknown = root;
  for (const key of keys) node = isRecord(node) ? node[key] : undefined;
  return isRecord(node) ? node : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
