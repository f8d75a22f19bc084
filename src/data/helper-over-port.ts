import type { ChunkHelper } from './parse-pipeline';
import type { ChunkReport, ChunkTask } from './parse-protocol';

/** The helping worker as the reader sees it: chunks handed over, reports coming back. */
export class HelperOverPort implements ChunkHelper {
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
