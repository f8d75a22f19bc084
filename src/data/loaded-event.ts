import type { EdtfDate } from '../domain/edtf';
import type {
  EventId,
  EventTranslation,
  Media,
  Participant,
  Place,
  PloverType,
  Relation,
  Series,
  SourceId,
  Statement,
  TimelineEvent,
  Verification,
} from '../domain/types';
import { type EventOutline, readOutline } from './event-outline';
import { type EventDetails, eventBasics, eventDetails } from './normalize-event';
import type { RawEvent } from './schema';

// An event of a dataset read in chunks (assemble-dataset.ts). What the timeline needs at once is
// built from the worker's outline (event-outline.ts); the rest is read from the chunk's own text
// the first time anything asks for it, and the whole chunk is parsed then, once. A large file
// appears without parsing every statement on the page first; the search index, built after the
// first paint in slices, reads the rest then (docs/architecture.md, "Events built in two steps").

/** One chunk's records (the file's own bytes), parsed on first use. */
export class ChunkRecords {
  private bytes: ArrayBuffer | undefined;
  private records: (RawEvent | undefined)[] | undefined;

  /** `bytes`: UTF-8 JSON of the file's records from index `first` on, without the brackets. */
  constructor(
    bytes: ArrayBuffer,
    private readonly first: number,
  ) {
    this.bytes = bytes;
  }

  /**
   * The record at `index` in the file, handed over once: the event keeps what it needs of it,
   * and the chunk lets the rest go (a record's own keys would otherwise stay in memory beside
   * the event's: a quarter of a gigabyte at a million events).
   */
  take(index: number): RawEvent {
    if (this.records === undefined) {
      // Decoded as the worker decoded them (a leading U+FEFF kept, bad bytes as U+FFFD). Every
      // record an event is built from passed the schema there (parse-pipeline.ts), so the
      // records are RawEvents; the bytes are not needed once parsed.
      const text = slices.decode(this.bytes);
      this.records = JSON.parse(`[${text}]`) as RawEvent[];
      this.bytes = undefined;
    }
    const record = this.records[index - this.first];
    if (record === undefined) throw new Error(`No record ${index} in this chunk`);
    this.records[index - this.first] = undefined;
    return record;
  }
}

const slices = new TextDecoder('utf-8', { ignoreBOM: true });

/** Every field of the rest of a record: the compiler checks that none is missing. */
const DETAIL_KEYS: Record<keyof EventDetails, true> = {
  summary: true,
  tags: true,
  participants: true,
  statements: true,
  outcomes: true,
  related: true,
  verification: true,
  i18n: true,
  media: true,
  displayDate: true,
  goldsteinScale: true,
  avgTone: true,
  numMentions: true,
  quadClass: true,
};

export class LoadedEvent implements TimelineEvent {
  readonly id: EventId;
  readonly index: number;
  readonly date: EdtfDate;
  readonly end: EdtfDate | undefined;
  readonly startMs: number;
  readonly endMs: number;
  readonly title: string;
  readonly type: PloverType | undefined;
  readonly location: Place | undefined;
  readonly series: Series | undefined;
  readonly group: string | undefined;
  readonly sources: readonly SourceId[];
  /** For the reference checks, without reading the rest of the record (link-checks.ts). */
  readonly relatedIds: readonly string[] | undefined;
  readonly statementSources: readonly (string | null)[] | undefined;
  private readonly chunk: ChunkRecords;
  private details: EventDetails | undefined;

  constructor(outline: EventOutline, chunk: ChunkRecords) {
    const { index, record, relatedIds, statementSources } = readOutline(outline);
    const basics = eventBasics(record, index);
    this.id = basics.id;
    this.index = basics.index;
    this.date = basics.date;
    this.end = basics.end;
    this.startMs = basics.startMs;
    this.endMs = basics.endMs;
    this.title = basics.title;
    this.type = basics.type;
    this.location = basics.location;
    this.series = basics.series;
    this.group = basics.group;
    this.sources = basics.sources;
    this.relatedIds = relatedIds;
    this.statementSources = statementSources;
    this.chunk = chunk;
  }

  // The rest of the record, read on first use; a getter each (defined below, one per key).
  declare readonly summary: string | undefined;
  declare readonly tags: readonly string[];
  declare readonly participants: readonly Participant[];
  declare readonly statements: readonly Statement[];
  declare readonly outcomes: readonly string[];
  declare readonly related: readonly Relation[];
  declare readonly verification: Verification | undefined;
  declare readonly i18n: Readonly<Record<string, EventTranslation>>;
  declare readonly media: readonly Media[];
  declare readonly displayDate: string | undefined;
  declare readonly goldsteinScale: number | undefined;
  declare readonly avgTone: number | undefined;
  declare readonly numMentions: number | undefined;
  declare readonly quadClass: number | undefined;

  static {
    for (const key of Object.keys(DETAIL_KEYS) as (keyof EventDetails)[]) {
      Object.defineProperty(LoadedEvent.prototype, key, {
        get(this: LoadedEvent) {
          this.details ??= eventDetails(this.chunk.take(this.index));
          return this.details[key];
        },
      });
    }
  }
}
