import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeDatasetBytes, fetchDatasetBytes } from './fetch-dataset-text';

const fetchDatasetText = async (url: string) =>
  decodeDatasetBytes((await fetchDatasetBytes(url, {})) ?? new Uint8Array()).text;

const serve = (bytes: Uint8Array<ArrayBuffer>) =>
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(bytes));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fetchDatasetText decoding', () => {
  const text = '{"title": "Café – 中国"}';

  it('reads UTF-8, with or without a byte-order mark', async () => {
    serve(new TextEncoder().encode(text));
    expect(await fetchDatasetText('d.json')).toBe(text);
    serve(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(await fetchDatasetText('d.json')).toBe(text);
  });

  // Found with the corpus (tests/corpus/utf16.json): a file saved as "Unicode" by an editor was
  // read as UTF-8 and rejected as "not valid JSON" at line 1, column 1.
  it.each([
    ['UTF-16 LE', true],
    ['UTF-16 BE', false],
  ])('reads %s when its byte-order mark says so', async (_name, little) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), little);
    serve(bytes);
    expect(await fetchDatasetText('d.json')).toBe(text);
  });

  it('keeps the records of a Latin-1 file, each unreadable byte shown as U+FFFD', async () => {
    serve(new Uint8Array([0x22, 0x43, 0x61, 0x66, 0xe9, 0x22]));
    expect(await fetchDatasetText('d.json')).toBe('"Caf\uFFFD"');
  });
});

describe('fetchDatasetText failures', () => {
  const fail = () =>
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
  const messageOf = async (url: string) =>
    fetchDatasetText(url).then(
      () => '',
      (error: Error) => error.message,
    );

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says a failed fetch of this site’s file is a network failure, not CORS', async () => {
    vi.stubGlobal('location', new URL('http://127.0.0.1:4173/graphics/app/'));
    fail();
    const message = await messageOf('data/other.json');
    expect(message).toContain('the network failed or the server could not be reached');
    expect(message).not.toContain('CORS');
  });

  it('names another site, its CORS and this page’s policy when a file there cannot be read', async () => {
    vi.stubGlobal('location', new URL('http://127.0.0.1:4173/'));
    fail();
    expect(await messageOf('http://127.0.0.1:4999/d.json')).toContain(
      'It is on another site (127.0.0.1:4999), which must allow this page to read it (CORS)',
    );
  });

  // Found by the network journeys: offline, the page said nothing and showed "Loading…" forever.
  it('says the device is offline when it is', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    fail();
    expect(await messageOf('data/d.json')).toContain('This device is offline');
  });
});
