import { compareEvents } from '../domain/compare-events';
import type { TimelineEvent } from '../domain/types';
import { checkEraAndStoryLinks } from './era-story-links';
import type { EventOutline } from './event-outline';
import { checkLinks, IdRegistry, inFileOrder } from './link-checks';
import { ChunkRecords, LoadedEvent } from './loaded-event';
import type { ParseResult } from './parse-dataset';
import type { ParseMessage } from './parse-protocol';
import type { DatasetProblem } from './problems';

export interface AssemblyProgress {
  readonly eventsDone: number;
  /** 0 until the whole file is scanned. */
  readonly eventsTotal: number;
  /** How far along, 0 to 1: by events once their count is known, by the file's bytes before. */
  readonly fraction: number | undefined;
}

type EventsMessage = Extract<ParseMessage, { kind: 'events' }>;

/**
 * Builds the dataset on the page from the pipeline's messages, one chunk per task so the page
 * stays responsive. Chunks may arrive in any order (several workers), and before the file's own
 * fields; the result is the same as reading the file in one go: the rules that need every event
 * are checked once all are in.
 */
export class DatasetAssembler {
  private header: Extract<ParseMessage, { kind: 'header' }> | undefined;
  private end: Extract<ParseMessage, { kind: 'end' }> | undefined;
  /** Events per chunk, so that joined in chunk order they are in file order. */
  private chunkEvents: TimelineEvent[][] = [];
  private chunkProblems: DatasetProblem[][] = [];
  /** The events' ids, registered as each chunk arrives (link-checks.ts). */
  private ids = new IdRegistry();
  private chunksDone = 0;
  private eventsDone = 0;
  /** The share of the file in the chunks received, for progress before the events are counted. */
  private shareDone = 0;

  accept(message: ParseMessage): ParseResult | undefined {
    switch (message.kind) {
      case 'rejected':
        return { ok: false, error: message.error };
      case 'restart':
        // Everything so far is void, the file's own fields included: the reader starts over.
        this.header = undefined;
        this.end = undefined;
        this.chunkEvents = [];
        this.chunkProblems = [];
        this.ids = new IdRegistry();
        this.chunksDone = 0;
        this.eventsDone = 0;
        this.shareDone = 0;
        return undefined;
      case 'header':
        this.header = message;
        return this.finishIfComplete();
      case 'events':
        this.addChunk(message);
        return this.finishIfComplete();
      case 'end':
        this.end = message;
        return this.finishIfComplete();
    }
  }

  progress(): AssemblyProgress {
    const eventsTotal = this.header?.eventCount ?? 0;
    const fraction =
      eventsTotal > 0
        ? this.eventsDone / eventsTotal
        : this.shareDone > 0
          ? Math.min(1, this.shareDone)
          : undefined;
    return { eventsDone: this.eventsDone, eventsTotal, fraction };
  }

  private addChunk(message: EventsMessage): void {
    const outlines: EventOutline[] = JSON.parse(message.outlines);
    const records = new ChunkRecords(message.records, message.first);
    const events = outlines.map((outline) => new LoadedEvent(outline, records));
    this.chunkEvents[message.chunk] = events;
    this.ids.add(events);
    this.chunkProblems[message.chunk] = [...message.problems];
    this.chunksDone++;
    this.eventsDone += message.count;
    this.shareDone += message.share;
  }

  private finishIfComplete(): ParseResult | undefined {
    const { header, end } = this;
    if (!header || !end || this.chunksDone < header.chunkCount) return undefined;
    const sources = new Map(header.sources.map((source) => [source.id, source]));
    const links = checkLinks(this.chunkEvents.flat(), sources, this.ids);
    const eraAndStoryLinks = checkEraAndStoryLinks(header.eras, header.stories, links.ids, sources);
    return {
      ok: true,
      dataset: {
        title: header.title,
        description: header.description,
        language: header.language,
        parties: header.parties,
        sources,
        events: [...links.kept].sort(compareEvents),
        eras: eraAndStoryLinks.eras,
        stories: eraAndStoryLinks.stories,
      },
      problems: [
        ...end.problems,
        ...header.problems,
        ...inFileOrder([...this.chunkProblems.flat(), ...links.errors]),
        ...links.warnings,
        ...eraAndStoryLinks.warnings,
      ],
    };
  }
}
