import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlSection, htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it.each([
    ['plain text', 'Plain text', 'Plain text'],
    ['inline tags', 'A <b>bold</b> <a href="x">link</a>', 'A bold link'],
    ['paragraphs', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['a line break', 'One<br>Two<br/>Three', 'One\nTwo\nThree'],
    ['list items', '<ul><li>One</li><li>Two</li></ul>', '• One\n• Two'],
    ['named entities', 'Tom &amp; Jerry &ndash; &ldquo;hi&rdquo;', 'Tom & Jerry – “hi”'],
    ['numeric entities', '&#39;a&#x27; &#8212;', "'a' —"],
    ['an unknown entity', '&madeup; stays', '&madeup; stays'],
    ['an escaped tag', '&lt;b&gt; is text', '<b> is text'],
    ['white space', '  a \n\t b  ', 'a b'],
    ['a non-breaking space', 'a&nbsp;b', 'a\u00a0b'],
    ['script and style', 'a<script>alert("<p>")</script><style>p{}</style>b', 'ab'],
    ['a comment', 'a<!-- <p>hidden</p> -->b', 'ab'],
    ['a ">" inside an attribute', '<a title="x>y">link</a>', 'link'],
    ['a lone "<"', '1 < 2', '1 < 2'],
    ['an unclosed tag at the end', 'text <a href="x', 'text'],
    ['a doctype', '<!DOCTYPE html><p>x</p>', 'x'],
    ['a heading then text', '<h2>Title</h2>Body', 'Title\n\nBody'],
  ])('reduces %s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('never leaves a tag from the input in the output', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<b>',
      '<br>',
      '<a href="x">',
      '</a>',
      'text',
      ' ',
      '&amp;',
      '<',
      '>',
      '"',
      '<li>',
      '<script>',
      '</script>',
      '<!--',
      '-->',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const out = htmlToText(pieces.join(''));
        expect(out).not.toMatch(/<\/?(p|b|br|a|li|script)\b/);
        expect(out).toBe(out.trim());
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (html) => {
        const out = htmlToText(html);
        expect(out).not.toMatch(/\n{3,}/);
        expect(out).toBe(out.trim());
      }),
    );
  });
});

describe('htmlSection', () => {
  it('finds the inner HTML of a marked element, nested elements included', () => {
    const html = '<div data-bilateral="summary"><div>a</div><p>b</p></div><div>after</div>';
    expect(htmlSection(html, 'summary')).toBe('<div>a</div><p>b</p>');
    expect(htmlSection(html, 'outcomes')).toBeUndefined();
  });
});
