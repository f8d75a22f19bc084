import type * as v from 'valibot';
import type { DatasetProblem } from '../problems';
import type { DocumentSchema } from '../schema';

// The v1 document as the schema describes it, so importers and exporters cannot drift from it.
export type V1Document = v.InferOutput<typeof DocumentSchema>;
export type V1Event = V1Document['events'][number];
export type V1Source = NonNullable<V1Document['sources']>[number];
export type V1Party = V1Document['parties'][number];

/** A row of the input that was left out or changed, with the row a person can find it by. */
export interface ImportProblem extends DatasetProblem {
  /** 1-based: the spreadsheet row (header = 1), the line of a TSV, or the slide number. */
  readonly row: number | undefined;
}

export interface ImportResult {
  readonly json: V1Document;
  readonly problems: readonly ImportProblem[];
  /** Data rows (or slides) read from the input, converted or not. */
  readonly rowsRead: number;
  /** False when the input did not say who the two sides are (json.parties are "not stated"). */
  readonly partiesStated: boolean;
}
