import type { Era, Party, Source, Story } from '../domain/types';
import type { DatasetFileError, DatasetProblem } from './problems';

// What the parsing pipeline tells the page: each chunk of checked events, the file's own fields
// (with how many chunks there are), and an end. Chunks may come before the file's fields and in any
// order: the first worker scans the file and hands chunks to a second as they are found, and the
// file's own fields are known once the whole file is scanned. A chunk's records travel as the
// file's own bytes, handed over (not copied), and its outlines as JSON text: the page turns text
// into objects far faster than a structured clone of as many objects, and reads a chunk's records
// only when it needs more of them than their outlines (loaded-event.ts).

export type ParseMessage =
  | { readonly kind: 'rejected'; readonly error: DatasetFileError }
  /** The chunks sent so far are void: the file turned out to need reading whole (another format). */
  | { readonly kind: 'restart' }
  | {
      readonly kind: 'header';
      readonly title: string;
      readonly description: string | undefined;
      readonly language: string | undefined;
      readonly parties: readonly [Party, Party];
      readonly sources: readonly Source[];
      readonly eras: readonly Era[];
      readonly stories: readonly Story[];
      readonly eventCount: number;
      readonly chunkCount: number;
      readonly problems: readonly DatasetProblem[];
    }
  | {
      readonly kind: 'events';
      readonly chunk: number;
      /**
       * The file's records from index `first` on, exactly as they were checked: UTF-8 JSON of the
       * elements and the commas between them, without the brackets. Bytes, handed over without a
       * copy; the page decodes them only when it needs more of a record than its outline.
       */
      readonly records: ArrayBuffer;
      readonly first: number;
      /** How many records the chunk holds, those left out included. */
      readonly count: number;
      /** JSON array of the outlines of the records kept, in file order (event-outline.ts). */
      readonly outlines: string;
      /** The chunk's share of the file (0 to 1), for progress before the events are counted. */
      readonly share: number;
      readonly problems: readonly DatasetProblem[];
    }
  /** Every chunk is checked: what is said of the file as a whole (that it is not all UTF-8). */
  | { readonly kind: 'end'; readonly problems: readonly DatasetProblem[] };

/** Which records a chunk holds: `count` of them from index `first` on. */
export interface ChunkPlace {
  readonly chunk: number;
  readonly first: number;
  readonly count: number;
  /** Its share of the file (0 to 1), for progress. */
  readonly share: number;
}

/**
 * A chunk the reading worker hands to a helping worker to check, with the file's bytes of its
 * records (the elements and the commas between them, without the brackets).
 */
export interface ChunkTask extends ChunkPlace {
  readonly bytes: ArrayBuffer;
}

/** What checking a chunk found about the file, for the reading worker. */
export interface ChunkReport {
  /** The chunk is not valid JSON: the file is rejected, with the place only the whole file can tell. */
  readonly broken: boolean;
  /** Some bytes were not UTF-8 (read as U+FFFD): the file gets a warning that says where. */
  readonly lossy: boolean;
}
