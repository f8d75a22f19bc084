import type { Party, Source } from '../domain/types';
import type { DatasetFileError, DatasetProblem } from './problems';

// What the parsing pipeline tells the page, in order: the file's own fields, then the checked
// events a chunk at a time, then the warnings that need every event seen. Chunks travel as JSON
// text (usually the file's own slice, not even re-written): the page turns text into objects far
// faster than a structured clone of as many objects.

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
      readonly problems: readonly DatasetProblem[];
    }
  | {
      readonly kind: 'events';
      /** JSON array of the file's records from index `first` on, exactly as they were checked. */
      readonly records: string;
      readonly first: number;
      /** Indices (in the file) of the records in this chunk that were left out. */
      readonly rejected: readonly number[];
      /** How many of the file's records have been checked so far. */
      readonly checked: number;
      readonly problems: readonly DatasetProblem[];
    }
  | { readonly kind: 'done'; readonly problems: readonly DatasetProblem[] };
