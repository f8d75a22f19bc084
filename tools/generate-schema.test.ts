import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDTF_PATTERN_SOURCE } from '../src/domain/edtf';
import { PLOVER_TYPES } from '../src/domain/types';
import { buildJsonSchema, renderJsonSchema, SCHEMA_PATH } from './lib/json-schema';

const pathOf = (root: unknown, keys: string[]): unknown =>
  keys.reduce<unknown>(
    (node, key) =>
      typeof node === 'object' && node !== null
        ? Object.getOwnPropertyDescriptor(node, key)?.value
        : undefined,
    root,
  );

describe('the generated JSON Schema', () => {
  it('is committed up to date (run npm run data:schema if this fails)', () => {
    const onDisk = readFileSync(new URL(`../${SCHEMA_PATH}`, import.meta.url), 'utf8');
    expect(onDisk).toBe(renderJsonSchema());
  });

  it('names itself and keeps the EDTF date pattern and the PLOVER list for editors', () => {
    const schema = buildJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: expect.stringMatching(/^urn:/),
      title: expect.stringContaining('bilateral-events'),
    });
    const event = ['properties', 'events', 'items', 'properties'];
    expect(pathOf(schema, [...event, 'date', 'pattern'])).toBe(EDTF_PATTERN_SOURCE);
    expect(pathOf(schema, [...event, 'end', 'pattern'])).toBe(EDTF_PATTERN_SOURCE);
    expect(pathOf(schema, [...event, 'type', 'enum'])).toEqual([...PLOVER_TYPES]);
    expect(pathOf(schema, [...event, 'date', 'description'])).toMatch(/YYYY-MM-DD/);
    expect(pathOf(schema, ['properties', 'events', 'items', 'required'])).toEqual([
      'id',
      'date',
      'title',
    ]);
    expect(pathOf(schema, ['required'])).toEqual(['format', 'version', 'parties', 'events']);
  });

  it('does not forbid fields of an author’s own, as DATA.md allows them', () => {
    const schema = buildJsonSchema();
    expect(pathOf(schema, ['properties', 'events', 'items', 'additionalProperties'])).not.toBe(
      false,
    );
    expect(pathOf(schema, ['additionalProperties'])).not.toBe(false);
  });
});
