import type { Party, Source } from '../domain/types';
import type { DatasetFileError, DatasetProblem } from './problems';

// What the parsing pipeline tells the page: the file's own fields (with how many chunks of events
// will follow), then each chunk of checked events, in any order when several workers share the
// work (the first reads the file and hands every other chunk to the second). Chunks travel as JSON text (usually the file's own slice, not even re-written): the page
// turns text into objects far faster than a structured clone of as many objects.

export type ParseMessage =
  | { readonly kind: 'rejected'; readonly error: DatasetFileError }
  | {
      readonly kind: 'header';
      readonly title: string;
      readonly description: string | undefined;
      readonly language: string | undefined;
      readonly parties: readonly [Party, Party];
      readonly sources: readonly Source[];
      readonly eventCount: number;
      readonly chunkCount: number;
      readonly problems: readonly DatasetProblem[];
    }
  | {
      readonly kind: 'events';
      readonly chunk: number;
      /** JSON array of the file's records from index `first` on, exactly as they were checked. */
      readonly records: string;
      readonly first: number;
      /** Indices (in the file) of the records in this chunk that were left out. */
      readonly rejected: readonly number[];
      readonly problems: readonly DatasetProblem[];
    };

/** A chunk the reading worker hands to a helping worker to check (its text is a slice of the file). */
export interface ChunkTask {
  readonly chunk: number;
  readonly first: number;
  readonly records: string;
}
