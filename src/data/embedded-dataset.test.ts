// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { EMBEDDED_DATA_ID, readEmbeddedDataset } from './embedded-dataset';

function embed(url: string, text: string, type = 'application/json'): void {
  const element = document.createElement('script');
  element.type = type;
  element.id = EMBEDDED_DATA_ID;
  element.dataset.url = url;
  element.textContent = text;
  document.body.append(element);
}

afterEach(() => document.getElementById(EMBEDDED_DATA_ID)?.remove());

describe('readEmbeddedDataset', () => {
  it('reads the dataset the page carries for its URL', () => {
    embed('data/china-pakistan.json', '{"events":[]}');
    expect(readEmbeddedDataset('data/china-pakistan.json')).toBe('{"events":[]}');
  });

  it('leaves any other dataset to be fetched', () => {
    embed('data/china-pakistan.json', '{"events":[]}');
    expect(readEmbeddedDataset('data/other.json')).toBeUndefined();
    expect(readEmbeddedDataset('https://example.org/data/china-pakistan.json')).toBeUndefined();
  });

  it('is undefined on an ordinary page', () =>
    expect(readEmbeddedDataset('data/china-pakistan.json')).toBeUndefined());

  it('ignores an element of that id that is not a script', () => {
    const div = document.createElement('div');
    div.id = EMBEDDED_DATA_ID;
    div.dataset.url = 'data/china-pakistan.json';
    div.textContent = '{}';
    document.body.append(div);
    expect(readEmbeddedDataset('data/china-pakistan.json')).toBeUndefined();
  });
});
