// A file's bytes while they are still downloading, as the reading worker holds them: the page
// hands each piece over as it arrives, and the scan follows the file as far as it has come
// (parse-pipeline.ts), so that a large file is mostly read by the time its last byte is in.

export class ArrivingBytes {
  private buffer: Uint8Array<ArrayBuffer>;
  private length = 0;
  private done = false;
  private wake: (() => void) | undefined;

  /** `expectedBytes`: the size the server announced, when it did (room is made for it at once). */
  constructor(readonly expectedBytes?: number) {
    this.buffer = new Uint8Array(expectedBytes ?? 1024 * 1024);
  }

  append(piece: Uint8Array): void {
    if (this.length + piece.length > this.buffer.length) {
      // More than announced, or nothing was: twice the room, so each byte is copied few times.
      const larger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + piece.length));
      larger.set(this.bytes);
      this.buffer = larger;
    }
    this.buffer.set(piece, this.length);
    this.length += piece.length;
    this.wakeUp();
  }

  finish(): void {
    this.done = true;
    this.wakeUp();
  }

  /** The bytes so far. A view: take a copy of what must outlive the next `append`. */
  get bytes(): Uint8Array<ArrayBuffer> {
    return this.buffer.subarray(0, this.length);
  }

  /** Whether the bytes so far are the whole file. */
  get complete(): boolean {
    return this.done;
  }

  /** Resolves once more bytes, or the end of the file, have arrived. */
  more(): Promise<void> {
    if (this.done) return Promise.resolve();
    return new Promise((resume) => {
      this.wake = resume;
    });
  }

  /** The whole file, once it is in. */
  async whole(): Promise<Uint8Array<ArrayBuffer>> {
    while (!this.done) await this.more();
    return this.bytes;
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
