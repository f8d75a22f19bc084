import { describe, expect, it } from 'vitest';
import { embedJson, escapeScript, withoutPreloadMarkers } from './inline-single-file';

describe('escapeScript', () => {
  it.each([
    ['const a = "</script>";', 'const a = "<\\/script>";'],
    ['x = `</SCRIPT >`', 'x = `<\\/SCRIPT >`'],
    ['s = "<!-- comment"', 's = "<\\!-- comment"'],
    ['a < b && c > d', 'a < b && c > d'],
  ])('%j → %j', (code, expected) => expect(escapeScript(code)).toBe(expected));

  it('keeps string values the same once run', () => {
    const run = new Function(escapeScript('return "</Script><!--" + `</script>`;'));
    expect(run()).toBe('</Script><!--</script>');
  });
});

describe('embedJson', () => {
  it('leaves no "<" that could end the element, and parses back to the same data', () => {
    const data = { title: '</script><script>alert(1)</script>', note: '<!-- a < b -->' };
    const text = embedJson(JSON.stringify(data));
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('withoutPreloadMarkers', () => {
  it('gives every inlined import an empty dependency list', () =>
    expect(
      withoutPreloadMarkers('p(()=>x,__VITE_PRELOAD__,import.meta.url);q(__VITE_PRELOAD__)'),
    ).toBe('p(()=>x,void 0,import.meta.url);q(void 0)'));
});
