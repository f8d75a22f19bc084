/// <reference lib="webworker" />
// Reading and checking a large dataset takes long enough to freeze the page, so it runs here,
// and the page receives the checked events a chunk at a time (see parse-protocol.ts). One worker
// reads: it scans the bytes the page hands over (as they download, for a large file) or a
// dataset's text for the events' slices, and checks slices as it finds them; a second worker,
// where there is a second core, checks the slices the reader hands it over a channel of their
// own, whenever it has room for one.
import { ArrivingBytes } from './arriving-bytes';
import { HelperOverPort } from './helper-over-port';
import { checkChunk, type Post, runParsePipeline } from './parse-pipeline';
import type { ChunkReport, ChunkTask } from './parse-protocol';

export type WorkerRequest =
  | {
      readonly role: 'reader';
      /** The file, or, for one still downloading, the size announced (its bytes follow). */
      readonly data: string | ArrayBuffer | { readonly arriving: number | undefined };
      readonly helper: MessagePort | undefined;
    }
  | { readonly role: 'helper'; readonly reader: MessagePort }
  /** To the reader of a file still downloading: the next piece of it, or its end. */
  | { readonly role: 'piece'; readonly bytes: ArrayBuffer }
  | { readonly role: 'end-of-file' };

const post: Post = (reply, transfer = []) => self.postMessage(reply, transfer);

/** The file the reader is given a piece at a time, while it downloads. */
let arriving: ArrivingBytes | undefined;

self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const request = message.data;
  if (request.role === 'helper') {
    const { reader } = request;
    reader.onmessage = ({ data: task }: MessageEvent<ChunkTask>) => {
      reader.postMessage(checkChunk(task, new Uint8Array(task.bytes), post) satisfies ChunkReport);
    };
    return;
  }
  if (request.role === 'piece') {
    arriving?.append(new Uint8Array(request.bytes));
    return;
  }
  if (request.role === 'end-of-file') {
    arriving?.finish();
    return;
  }
  const { data, helper } = request;
  let file: string | Uint8Array | ArrivingBytes;
  if (typeof data === 'string') file = data;
  else if (data instanceof ArrayBuffer) file = new Uint8Array(data);
  else file = arriving = new ArrivingBytes(data.arriving);
  runParsePipeline(file, post, letMessagesIn, helper && new HelperOverPort(helper)).catch(
    (error: unknown) => {
      // A rejected promise would pass unseen and leave the page waiting; thrown from a task of its
      // own, the failure reaches the page as this worker's error event.
      setTimeout(() => {
        throw error;
      });
    },
  );
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
