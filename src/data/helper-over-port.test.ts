import { afterEach, describe, expect, it, vi } from 'vitest';
import { HelperOverPort } from './helper-over-port';
import type { ChunkReport, ChunkTask } from './parse-protocol';

const task = (chunk: number): ChunkTask => ({
  chunk,
  first: chunk * 10,
  count: 10,
  share: 0.1,
  bytes: new TextEncoder().encode('1,2,3').buffer,
});

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const { port1, port2 } of channels.splice(0)) {
    port1.close();
    port2.close();
  }
});

/** The reader's side, and what the helper's side receives. */
function connected() {
  const channel = new MessageChannel();
  channels.push(channel);
  const received: ChunkTask[] = [];
  channel.port2.onmessage = ({ data }: MessageEvent<ChunkTask>) => received.push(data);
  const report = (found: ChunkReport) => channel.port2.postMessage(found);
  return { helper: new HelperOverPort(channel.port1), received, report };
}

describe('HelperOverPort', () => {
  it('keeps two chunks in hand, hands over the bytes without a copy, and has room again as each is done', async () => {
    const { helper, received, report } = connected();
    expect(helper.hasRoom()).toBe(true);
    const first = task(0);
    helper.hand(first);
    expect(first.bytes.byteLength).toBe(0);
    expect(helper.hasRoom()).toBe(true);
    helper.hand(task(1));
    expect(helper.hasRoom()).toBe(false);
    await vi.waitFor(() => expect(received.map((t) => t.chunk)).toEqual([0, 1]));
    expect(new TextDecoder().decode(received[0]?.bytes)).toBe('1,2,3');
    report({ broken: false, lossy: false });
    await vi.waitFor(() => expect(helper.hasRoom()).toBe(true));
  });

  it('says it is finished once every chunk handed over is reported, with what any of them found', async () => {
    const { helper, received, report } = connected();
    helper.hand(task(0));
    helper.hand(task(1));
    let finished: ChunkReport | undefined;
    void helper.finished().then((found) => {
      finished = found;
    });
    await vi.waitFor(() => expect(received).toHaveLength(2));
    report({ broken: false, lossy: true });
    // One still in hand: not finished.
    await vi.waitFor(() => expect(helper.hasRoom()).toBe(true));
    expect(finished).toBeUndefined();
    report({ broken: true, lossy: false });
    await vi.waitFor(() => expect(finished).toEqual({ broken: true, lossy: true }));
  });

  it('is finished at once when nothing was handed over', async () => {
    const { helper } = connected();
    await expect(helper.finished()).resolves.toEqual({ broken: false, lossy: false });
  });
});
