/// <reference lib="webworker" />
// Reading and checking a large dataset takes long enough to freeze the page, so it runs here,
// and the page receives the checked events a chunk at a time (see parse-protocol.ts). The page
// hands over the downloaded bytes (or, for a dataset embedded in the page, its text).
import { decodeDatasetBytes } from './fetch-dataset-text';
import { runParsePipeline } from './parse-pipeline';

self.onmessage = (message: MessageEvent<string | ArrayBuffer>) => {
  const { data } = message;
  const text = typeof data === 'string' ? data : decodeDatasetBytes(new Uint8Array(data));
  void runParsePipeline(
    text,
    (reply) => self.postMessage(reply),
    () => Promise.resolve(),
  );
};
