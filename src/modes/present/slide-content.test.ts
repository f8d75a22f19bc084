import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../domain/edtf';
import type { EventId, Statement, TimelineEvent } from '../../domain/types';
import { keyStatements, shorten, slideSummary } from './slide-content';

function statement(party: string | undefined, kind: Statement['kind'], text: string): Statement {
  return { speaker: text, role: undefined, party, kind, text, source: undefined };
}

function withStatements(statements: Statement[]): TimelineEvent {
  const date = parseEdtf('2024-01-21');
  if (!date.ok) throw new Error('date');
  return {
    id: 'e' as EventId,
    index: 0,
    date: date.value,
    end: undefined,
    startMs: date.value.startMs,
    endMs: date.value.endMs,
    title: 'E',
    summary: undefined,
    type: undefined,
    tags: [],
    location: undefined,
    participants: [],
    statements,
    outcomes: [],
    series: undefined,
    related: [],
    sources: [],
    verification: undefined,
    i18n: {},
    media: [],
  };
}

describe('shorten', () => {
  it.each([
    ['Short enough.', 40, 'Short enough.'],
    ['  Spaces   are\n folded. ', 40, 'Spaces are folded.'],
    ['First sentence here. Second sentence runs on and on.', 30, 'First sentence here.'],
    ['One long sentence without any full stop in it at all', 30, 'One long sentence without any…'],
    ['Words, then a comma, and more words after it', 22, 'Words, then a comma…'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercalif…'],
  ])('%j at %d → %j', (text, max, expected) => expect(shorten(text, max)).toBe(expected));

  it('never cuts a character in two', () => {
    expect([...shorten('中巴经济走廊'.repeat(20), 10)]).toHaveLength(11);
  });
});

describe('slideSummary', () => {
  it('takes the first paragraph', () =>
    expect(slideSummary('First paragraph.\n\nSecond paragraph.')).toBe('First paragraph.'));
  it('is undefined without a summary', () => expect(slideSummary(undefined)).toBeUndefined());
});

describe('keyStatements', () => {
  it('hears both sides before a second statement from either', () => {
    const event = withStatements([
      statement('CHN', 'quote', 'c1'),
      statement('CHN', 'quote', 'c2'),
      statement('PAK', 'paraphrase', 'p1'),
    ]);
    expect(keyStatements(event).map((s) => s.text)).toEqual(['c1', 'p1']);
  });

  it('prefers quotes, and keeps the dataset order', () => {
    const event = withStatements([
      statement('PAK', 'paraphrase', 'p1'),
      statement('PAK', 'quote', 'p2'),
      statement('CHN', 'quote', 'c1'),
    ]);
    expect(keyStatements(event).map((s) => s.text)).toEqual(['p2', 'c1']);
  });

  it('fills up from one side when only one spoke', () => {
    const event = withStatements([
      statement('PAK', 'quote', 'a'),
      statement('PAK', 'quote', 'b'),
      statement('PAK', 'quote', 'c'),
    ]);
    expect(keyStatements(event).map((s) => s.text)).toEqual(['a', 'b']);
  });

  it('is empty without statements', () => expect(keyStatements(withStatements([]))).toEqual([]));
});
