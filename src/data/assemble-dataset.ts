import type { Dataset, TimelineEvent } from '../domain/types';
import { compareEvents, toTimelineEvent } from './normalize-event';
import type { ParseResult } from './parse-dataset';
import type { ParseMessage } from './parse-protocol';
import type { DatasetProblem } from './problems';
import type { RawEvent } from './schema';

export interface AssemblyProgress {
  readonly eventsDone: number;
  readonly eventsTotal: number;
}

/**
 * Builds the dataset on the page from the pipeline's messages, one chunk per task so the page
 * stays responsive. Returns the result once the last message has arrived.
 */
export class DatasetAssembler {
  private header: Extract<ParseMessage, { kind: 'header' }> | undefined;
  private readonly events: TimelineEvent[] = [];
  private readonly problems: DatasetProblem[] = [];
  private checked = 0;

  accept(message: ParseMessage): ParseResult | undefined {
    switch (message.kind) {
      case 'rejected':
        return { ok: false, error: message.error };
      case 'header':
        this.header = message;
        this.problems.push(...message.problems);
        return undefined;
      case 'events': {
        // Every record but the rejected ones passed the schema in the pipeline, so it is a RawEvent.
        const records: RawEvent[] = JSON.parse(message.records);
        const rejected = new Set(message.rejected);
        records.forEach((raw, offset) => {
          const index = message.first + offset;
          if (!rejected.has(index)) this.events.push(toTimelineEvent(raw, index));
        });
        this.problems.push(...message.problems);
        this.checked = message.checked;
        return undefined;
      }
      case 'done': {
        const header = this.header;
        if (!header) throw new Error('The parser finished without reading the file header');
        this.problems.push(...message.problems);
        const dataset: Dataset = {
          title: header.title,
          description: header.description,
          language: header.language,
          parties: header.parties,
          sources: new Map(header.sources.map((source) => [source.id, source])),
          events: this.events.sort(compareEvents),
        };
        return { ok: true, dataset, problems: this.problems };
      }
    }
  }

  progress(): AssemblyProgress {
    return { eventsDone: this.checked, eventsTotal: this.header?.eventCount ?? 0 };
  }
}
