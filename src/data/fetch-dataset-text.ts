// Network I/O for a dataset: streamed so a person sees bytes arrive, bounded in time so a hanging
// server ends in a message, and classified so only failures a retry can fix are retried.

export type LoadFailureKind = 'network' | 'http' | 'timeout' | 'too-large';

export class DatasetLoadError extends Error {
  constructor(
    readonly kind: LoadFailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }

  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.status ?? 0) >= 500;
  }
}

export interface DownloadProgress {
  readonly receivedBytes: number;
  /** From Content-Length; unknown when the server does not say or compresses the body. */
  readonly totalBytes: number | undefined;
}

export const LOAD_TIMEOUT_MS = 20_000;
// A million synthetic events is about 300 MB; past this a tab would run out of memory.
export const MAX_DATASET_BYTES = 512 * 1024 * 1024;

/** Takes a file's pieces as they download (see readWhileDownloading in parse-dataset-file.ts). */
export interface PieceSink {
  add(piece: Uint8Array<ArrayBuffer>): void;
  end(): void;
  /** The download failed: nothing more will come. */
  abandon(): void;
}

export interface FetchOptions {
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  timeoutMs?: number;
  /**
   * Asked once the response starts, with the size the server announced: a sink that takes the
   * file a piece at a time as it arrives, or undefined to have the bytes returned whole.
   */
  streamTo?: (totalBytes: number | undefined) => Promise<PieceSink | undefined>;
}

/**
 * The dataset's bytes; decoding is left to whoever parses them (a worker, usually). Undefined
 * when they went to the sink `streamTo` gave, piece by piece.
 */
export async function fetchDatasetBytes(
  url: string,
  options: FetchOptions,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const timeoutMs = options.timeoutMs ?? LOAD_TIMEOUT_MS;
  // A server that stops sending is given up on; a slow but steady download is not: the clock
  // restarts with every chunk that arrives.
  const idle = new AbortController();
  let idleTimer = setTimeout(() => idle.abort(), timeoutMs);
  const stillArriving = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => idle.abort(), timeoutMs);
  };
  const timeout = idle.signal;
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    return await download(url, signal, timeout, timeoutMs, stillArriving, options);
  } finally {
    clearTimeout(idleTimer);
  }
}

async function download(
  url: string,
  signal: AbortSignal,
  timeout: AbortSignal,
  timeoutMs: number,
  stillArriving: () => void,
  { onProgress, streamTo }: FetchOptions,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  let response: Response;
  try {
    // Same-origin credentials only; a dataset on another host must allow CORS.
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    throw classify(error, timeout, timeoutMs, url);
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      'http',
      `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`,
      response.status,
    );
  }
  const length = Number(response.headers.get('content-length'));
  const encoded = response.headers.get('content-encoding');
  const totalBytes = Number.isFinite(length) && length > 0 && !encoded ? length : undefined;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const sink = await streamTo?.(totalBytes);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let receivedBytes = 0;
  try {
    return await readBody();
  } catch (error) {
    sink?.abandon();
    throw error;
  }

  async function readBody(): Promise<Uint8Array<ArrayBuffer> | undefined> {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        receivedBytes += value.byteLength;
        if (receivedBytes > MAX_DATASET_BYTES) {
          await reader.cancel();
          throw new DatasetLoadError(
            'too-large',
            `The dataset is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB.`,
          );
        }
        if (sink) sink.add(value);
        else chunks.push(value);
        stillArriving();
        onProgress?.({ receivedBytes, totalBytes });
      }
    } catch (error) {
      if (error instanceof DatasetLoadError) throw error;
      throw classify(error, timeout, timeoutMs, url);
    }
    if (sink) {
      sink.end();
      return undefined;
    }
    const bytes = new Uint8Array(receivedBytes);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return bytes;
  }
}

export interface DecodedText {
  readonly text: string;
  /** Some bytes were not valid in the encoding and became U+FFFD. */
  readonly lossy: boolean;
}

export function decodeDatasetBytes(bytes: Uint8Array): DecodedText {
  // Invalid UTF-8 becomes U+FFFD rather than failing: the records around it are still good (the
  // loader then says where the file is not UTF-8). A UTF-16 file, as some editors save "Unicode"
  // text, says so in its byte-order mark. A strict decode first tells whether that happened, so
  // a clean file (nearly every one) is not searched for replacement characters afterwards.
  const encoding = encodingOf(bytes);
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), lossy: false };
  } catch {
    return { text: new TextDecoder(encoding).decode(bytes), lossy: true };
  }
}

function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

function classify(error: unknown, timeout: AbortSignal, timeoutMs: number, url: string): Error {
  if (timeout.aborted) {
    return new DatasetLoadError(
      'timeout',
      `The server sent nothing for ${Math.round(timeoutMs / 1000)} seconds.`,
    );
  }
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  return new DatasetLoadError('network', networkFailure(url));
}

/** What a failed fetch most likely means here: offline, another site's rules, or the network. */
function networkFailure(url: string): string {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return `This device is offline, so the dataset could not be fetched from ${url}. Retry once the connection is back.`;
  }
  const here = typeof location === 'undefined' ? undefined : location.href;
  let host: string | undefined;
  try {
    const target = new URL(url, here);
    if (here !== undefined && target.origin !== new URL(here).origin) host = target.host;
  } catch {
    // Not a URL fetch would accept either; said below as a network failure.
  }
  return host === undefined
    ? `The dataset could not be fetched from ${url}: the network failed or the server could not be reached.`
    : `The dataset could not be fetched from ${url}. It is on another site (${host}), which must allow this page to read it (CORS), and this page's Content-Security-Policy must allow connecting to it; or the network failed.`;
}
