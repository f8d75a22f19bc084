/// <reference lib="webworker" />
// Reading and checking a large dataset takes long enough to freeze the page, so it runs here,
// and the page receives the checked events a chunk at a time (see parse-protocol.ts). The page
// hands over the downloaded bytes (or, for a dataset embedded in the page, its text) and the
// share of the chunks this worker checks.
import { decodeDatasetBytes } from './fetch-dataset-text';
import { runParsePipeline } from './parse-pipeline';
import type { PipelinePart } from './parse-protocol';

export interface WorkerRequest {
  readonly data: string | ArrayBuffer;
  readonly part: PipelinePart;
}

self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const { data, part } = message.data;
  const text = typeof data === 'string' ? data : decodeDatasetBytes(new Uint8Array(data));
  void runParsePipeline(
    text,
    (reply) => self.postMessage(reply),
    () => Promise.resolve(),
    part,
  );
};
