/// <reference lib="webworker" />
// Reading and checking a large dataset takes long enough to freeze the page, so it runs here,
// and the page receives the checked events a chunk at a time (see parse-protocol.ts). One worker
// reads: it scans the bytes the page hands over (or a dataset's text) for the events' slices and
// checks slices as it finds them; a second worker, where there is a second core, checks the
// slices the reader hands it over a channel of their own, whenever it has room for one.
import { type ChunkHelper, checkChunk, runParsePipeline } from './parse-pipeline';
import type { ChunkReport, ChunkTask } from './parse-protocol';

export type WorkerRequest =
  | {
      readonly role: 'reader';
      readonly data: string | ArrayBuffer;
      readonly helper: MessagePort | undefined;
    }
  | { readonly role: 'helper'; readonly reader: MessagePort };

const post = (reply: unknown) => self.postMessage(reply);

self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const request = message.data;
  if (request.role === 'helper') {
    const { reader } = request;
    reader.onmessage = ({ data: task }: MessageEvent<ChunkTask>) => {
      reader.postMessage(
        checkChunk(new Uint8Array(task.bytes), task.chunk, task.first, post) satisfies ChunkReport,
      );
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

/** The helping worker as the reader sees it: chunks handed over, reports coming back. */
class HelperOverPort implements ChunkHelper {
  private inHand = 0;
  private found: ChunkReport = { broken: false, lossy: false };
  private whenIdle: (() => void) | undefined;

  constructor(private readonly port: MessagePort) {
    port.onmessage = ({ data: report }: MessageEvent<ChunkReport>) => {
      this.inHand--;
      this.found = {
        broken: this.found.broken || report.broken,
        lossy: this.found.lossy || report.lossy,
      };
      if (this.inHand === 0) this.whenIdle?.();
    };
  }

  // Two in hand: the next is there the moment one is done, and the reader still gets its share.
  hasRoom(): boolean {
    return this.inHand < 2;
  }

  hand(task: ChunkTask): void {
    this.inHand++;
    this.port.postMessage(task, [task.bytes]);
  }

  finished(): Promise<ChunkReport> {
    return new Promise((done) => {
      if (this.inHand === 0) done(this.found);
      else this.whenIdle = () => done(this.found);
    });
  }
}

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
