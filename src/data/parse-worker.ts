/// <reference lib="webworker" />
// Reading and checking a large dataset takes long enough to freeze the page, so it runs here,
// and the page receives the checked events a chunk at a time (see parse-protocol.ts). One worker
// reads: it decodes the bytes the page hands over (or takes a dataset's text), finds the events'
// slices and checks half of them; a second worker, where there is a second core, checks the other
// half, which the reader sends it over a channel of their own.
import { decodeDatasetBytes } from './fetch-dataset-text';
import { checkChunkTask, rejectForSyntax, runParsePipeline } from './parse-pipeline';
import type { ChunkTask } from './parse-protocol';

export type WorkerRequest =
  | {
      readonly role: 'reader';
      readonly data: string | ArrayBuffer;
      readonly helper: MessagePort | undefined;
    }
  | { readonly role: 'helper'; readonly reader: MessagePort };

/** What the helper tells the reader: a chunk it was given is not valid JSON. */
const BROKEN_CHUNK = 'broken-chunk';

const post = (reply: unknown) => self.postMessage(reply);

self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const request = message.data;
  if (request.role === 'helper') {
    request.reader.onmessage = (task: MessageEvent<ChunkTask>) => {
      if (!checkChunkTask(task.data, post)) request.reader.postMessage(BROKEN_CHUNK);
    };
    return;
  }
  const { data, helper } = request;
  const decoded =
    typeof data === 'string'
      ? { text: data, lossy: true }
      : decodeDatasetBytes(new Uint8Array(data));
  if (helper) {
    helper.onmessage = () => rejectForSyntax(decoded.text, post);
  }
  void runParsePipeline(
    decoded.text,
    post,
    () => Promise.resolve(),
    helper ? (task) => helper.postMessage(task) : undefined,
    !decoded.lossy,
  );
};
