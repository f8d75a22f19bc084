import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../data/parse-dataset';
import { relatedEvents } from './related-events';

const result = parseDatasetJson({
  format: 'bilateral-events',
  version: 1,
  parties: [
    { code: 'PAK', name: 'Pakistan' },
    { code: 'CHN', name: 'China' },
  ],
  events: [
    {
      id: 'attack',
      date: '2024-03-26',
      title: 'Attack',
      related: [{ type: 'follows', id: 'earlier' }],
    },
    {
      id: 'earlier',
      date: '2021-07-14',
      title: 'Earlier attack',
      related: [{ type: 'precedes', id: 'attack' }],
    },
    {
      id: 'condolence',
      date: '2024-03-27',
      title: 'Condolence',
      related: [{ type: 'response-to', id: 'attack' }],
    },
  ],
});

describe('relatedEvents', () => {
  if (!result.ok) throw new Error('fixture');
  const events = result.dataset.events;
  const byId = (id: string) => events.find((e) => e.id === id)!;

  it('shows responses on the event they respond to', () => {
    expect(relatedEvents(events, byId('attack')).map((r) => [r.kind, r.event.id])).toEqual([
      ['follows', 'earlier'],
      ['response', 'condolence'],
    ]);
  });

  it('does not repeat a link that both ends state', () => {
    expect(relatedEvents(events, byId('earlier')).map((r) => [r.kind, r.event.id])).toEqual([
      ['precedes', 'attack'],
    ]);
  });
});
