import { afterEach } from 'vitest';

// jsdom lays nothing out: components that measure themselves get a fixed size here, and the few
// browser APIs the timeline uses (ResizeObserver, CSS.escape) a minimal stand-in.

export function fakeLayout(widthPx: number, heightPx: number): void {
  const width = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
  const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => widthPx,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => heightPx,
  });
  // As a browser's, an observer reports each element's size once it starts observing it (here at
  // once: jsdom has no frames to wait for).
  globalThis.ResizeObserver ??= class {
    constructor(private readonly report: ResizeObserverCallback) {}
    observe(target: Element) {
      this.report([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  };
  globalThis.CSS ??= { escape: (value: string) => value.replace(/["\\]/g, '\\$&') } as never;
  HTMLCanvasElement.prototype.getContext = (() => null) as never;
  afterEach(() => {
    if (width) Object.defineProperty(HTMLElement.prototype, 'clientWidth', width);
    if (height) Object.defineProperty(HTMLElement.prototype, 'clientHeight', height);
  });
}
