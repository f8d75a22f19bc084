// The single-file build (npm run build:single) carries its dataset inside the page, in
// <script type="application/json" id="bilateral-embedded-data" data-url="…">, because a page
// opened from file:// cannot fetch. data-url names the dataset it stands for; any other
// dataset is still fetched.

export const EMBEDDED_DATA_ID = 'bilateral-embedded-data';

/** The embedded text of the dataset at `url`, when this page carries it. */
export function readEmbeddedDataset(url: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const element = document.getElementById(EMBEDDED_DATA_ID);
  if (!(element instanceof HTMLScriptElement) || element.dataset.url !== url) return undefined;
  return element.textContent ?? undefined;
}
