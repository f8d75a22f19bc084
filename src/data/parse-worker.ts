/// <reference lib="webworker" />
// Reading and checking a large dataset takes long enough to freeze the page, so it runs here,
// and the page receives the checked events a chunk at a time (see parse-protocol.ts). One worker
// reads: it scans the bytes the page hands over (or a dataset's text) for the events' slices and
// checks slices as it finds them; a second worker, where there is a second core, checks the
// slices the reader hands it over a channel of their own, whenever it has room for one.
import { HelperOverPort } from './helper-over-port';
import { checkChunk, type Post, runParsePipeline } from './parse-pipeline';
import type { ChunkReport, ChunkTask } from './parse-protocol';

export type WorkerRequest =
  | {
      readonly role: 'reader';
      readonly data: string | ArrayBuffer;
      readonly helper: MessagePort | undefined;
    }
  | { readonly role: 'helper'; readonly reader: MessagePort };

const post: Post = (reply, transfer = []) => self.postMessage(reply, transfer);

self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const request = message.data;
  if (request.role === 'helper') {
    const { reader } = request;
    reader.onmessage = ({ data: task }: MessageEvent<ChunkTask>) => {
      reader.postMessage(checkChunk(task, new Uint8Array(task.bytes), post) satisfies ChunkReport);
    };
    return;
  }
  const { data, helper } = request;
  runParsePipeline(
    typeof data === 'string' ? data : new Uint8Array(data),
    post,
    letMessagesIn,
    helper && new HelperOverPort(helper),
  ).catch((error: unknown) => {
    // A rejected promise would pass unseen and leave the page waiting; thrown from a task of its
    // own, the failure reaches the page as this worker's error event.
    setTimeout(() => {
      throw error;
    });
  });
};

/**
 * Yields so that the helper's reports are read: a message to ourselves, which, unlike a timer,
 * is not held back by the browser's minimum delay for nested timers.
 */
const yieldChannel = new MessageChannel();
let resumeReader: (() => void) | undefined;
yieldChannel.port1.onmessage = () => resumeReader?.();
function letMessagesIn(): Promise<void> {
  return new Promise((resume) => {
    resumeReader = resume;
    yieldChannel.port2.postMessage(null);
  });
}
