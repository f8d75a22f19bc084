import { describe, expect, it } from 'vitest';
import { heightMessages, pymChildIdOf } from './height-messages';

describe('heightMessages', () => {
  it('says the height in our, AMP and Embedly dialects, and nothing else', () => {
    expect(heightMessages(812, undefined)).toEqual([
      { type: 'bilateral-timeline:resize', height: 812 },
      { sentinel: 'amp', type: 'embed-size', height: 812 },
      { context: 'iframe.resize', height: 812 },
    ]);
  });

  it("adds Pym.js's string message for a page a Pym parent opened", () => {
    expect(heightMessages(640, 'timeline-1').at(-1)).toBe('pymxPYMxtimeline-1xPYMxheightxPYMx640');
  });
});

describe('pymChildIdOf', () => {
  it.each([
    ['?embed=1&initialWidth=640&childId=graphic-1&parentTitle=x', 'graphic-1'],
    ['?childId=graphic-1', undefined],
    ['?initialWidth=640', undefined],
    ['?initialWidth=640&childId=', undefined],
    ['?initialWidth=640&childId=axPYMxb', undefined],
    ['?initialWidth=640&childId=%3Cscript%3E', undefined],
    [`?initialWidth=640&childId=${'a'.repeat(101)}`, undefined],
  ])('%s → %s', (search, expected) => {
    expect(pymChildIdOf(search)).toBe(expected);
  });
});
