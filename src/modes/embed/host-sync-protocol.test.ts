import { describe, expect, it } from 'vitest';
import { readSyncRequest, stateMessage, storyPlaceOf } from './host-sync-protocol';

describe('readSyncRequest', () => {
  it.each([
    [{ type: 'bilateral-timeline:sync' }, { event: undefined, story: undefined, step: undefined }],
    [
      { type: 'bilateral-timeline:sync', event: 'cpec-jwg-icc-4' },
      { event: 'cpec-jwg-icc-4', story: undefined, step: undefined },
    ],
    [
      { type: 'bilateral-timeline:sync', story: 'cpec-in-ten-steps', step: 3 },
      { event: undefined, story: 'cpec-in-ten-steps', step: 3 },
    ],
    // Bad fields are dropped, not passed on.
    [
      { type: 'bilateral-timeline:sync', event: '<img src=x>', story: 'A B', step: 2 },
      { event: undefined, story: undefined, step: undefined },
    ],
    [
      { type: 'bilateral-timeline:sync', story: 's', step: 0.5 },
      { event: undefined, story: 's', step: undefined },
    ],
  ])('%j', (data, expected) => {
    expect(readSyncRequest(data)).toEqual(expected);
  });

  it.each([null, 'bilateral-timeline:sync', { type: 'bilateral-timeline:resize', height: 3 }, []])(
    'ignores %j',
    (data) => {
      expect(readSyncRequest(data)).toBeUndefined();
    },
  );
});

describe('stateMessage', () => {
  it('says the event, or the story with its step', () => {
    expect(stateMessage({ event: 'a', story: undefined, step: undefined })).toEqual({
      type: 'bilateral-timeline:state',
      event: 'a',
      story: null,
      step: null,
    });
    expect(stateMessage({ event: undefined, story: 's', step: undefined })).toEqual({
      type: 'bilateral-timeline:state',
      event: null,
      story: 's',
      step: 1,
    });
  });
});

describe('storyPlaceOf', () => {
  it.each([
    ['?story=cpec-in-ten-steps&step=4', { story: 'cpec-in-ten-steps', step: 4 }],
    ['?story=cpec-in-ten-steps', { story: 'cpec-in-ten-steps', step: 1 }],
    ['?story=cpec-in-ten-steps&step=-2', { story: 'cpec-in-ten-steps', step: 1 }],
    ['?story=Bad%20Id&step=2', { story: undefined, step: undefined }],
    ['?event=a', { story: undefined, step: undefined }],
  ])('%s', (search, expected) => {
    expect(storyPlaceOf(search)).toEqual(expected);
  });
});
