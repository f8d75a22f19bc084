import type { PloverType, RelationType, StatementKind, VerificationStatus } from '../domain/types';
import { ENGLISH_DATE_WORDS } from './format-date';

// Every string of the interface. Other languages implement the same type, so the compiler
// reports a missing key. Names in the interface contract (BRIEF.md) must stay exact here.
export const en = {
  appName: 'Bilateral',
  tagline: 'Relations between two countries, event by event',
  dateWords: ENGLISH_DATE_WORDS,

  loading: 'Loading the dataset…',
  loadingBytes: (received: string, total: string | undefined) =>
    total ? `Downloading ${received} of ${total}` : `Downloading ${received}`,
  preparing: 'Preparing the events…',
  retry: 'Retry',
  loadFailedTitle: 'The dataset could not be loaded',
  fileRejectedTitle: 'The dataset could not be read',
  someRecordsSkipped: (count: number) =>
    count === 1 ? '1 record was left out' : `${count} records were left out`,
  warningsCount: (count: number) => (count === 1 ? '1 warning' : `${count} warnings`),
  problemEvent: (index: number, id: string | undefined) =>
    id ? `Event ${index} (“${id}”)` : `Event ${index}`,
  problemsIntro: 'Every other event is shown. What was wrong:',
  showProblems: 'Show details',
  badDataParam: (value: string) =>
    `The dataset address “${value}” is not allowed (only http, https or a relative path); the default dataset is shown instead.`,
  badWindowParam: (value: string) =>
    `The time window “${value}” is not valid; the whole timeline is shown instead.`,
  unknownEvent: (id: string) => `No event has the id “${id}”.`,
  dismiss: 'Dismiss',

  timeline: 'Timeline',
  timelineHelp:
    'Use Left and Right arrows to move between events, + and − to zoom, Home and End for the first and last event, Enter to open.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showAll: 'Show all',
  visibleWindow: (from: string, to: string) => `Showing ${from} to ${to}`,
  clusterName: (count: string, when: string) => `${count} events, ${when}`,
  noEventsInView: 'No events in this part of the timeline.',
  axisLabel: 'Time axis',
  eventTypeLegend: 'Event types',
  cooperative: 'Cooperation',
  conflictual: 'Conflict',
  neutral: 'Other or unspecified',

  details: 'Event details',
  close: 'Close',
  closeDetails: 'Close details',
  when: 'When',
  where: 'Where',
  virtual: 'Virtual',
  type: 'Type',
  tags: 'Tags',
  summary: 'Summary',
  participants: 'Participants',
  statements: 'Statements',
  outcomes: 'Outcomes',
  sources: 'Sources',
  series: 'Series',
  seriesNumber: (name: string, number: number | undefined) =>
    number === undefined ? name : `${name}, meeting ${number}`,
  previousInSeries: (title: string) => `Previous: ${title}`,
  nextInSeries: (title: string) => `Next: ${title}`,
  related: 'Related events',
  verification: 'Verification',
  joint: 'Joint',
  otherParties: 'Others',
  noParty: 'Side not given',
  statementKind: {
    quote: 'Quote',
    paraphrase: 'Paraphrase',
    joint: 'Joint statement',
  } satisfies Record<StatementKind, string>,
  sourceLabel: 'Source',
  noSources: 'No source is given for this event.',
  opensInNewTab: '(opens in a new tab)',
  unknownSource: (id: string) => `Source “${id}” (not in the dataset’s source list)`,
  published: (date: string) => `published ${date}`,
  verificationStatus: {
    verified: 'Verified',
    'single-source': 'Single source',
    unverified: 'Unverified',
    disputed: 'Disputed',
  } satisfies Record<VerificationStatus, string>,
  verificationHelp: {
    verified: 'Checked against at least one reliable source.',
    'single-source': 'Rests on one source only.',
    unverified: 'Not confirmed by a source read for this dataset: treat with care.',
    disputed: 'Sources disagree; see the note.',
  } satisfies Record<VerificationStatus, string>,
  relationType: {
    follows: 'Follows',
    precedes: 'Precedes',
    'part-of': 'Part of',
    'has-part': 'Includes',
    'response-to': 'In response to',
    'same-series': 'Same series',
  } satisfies Record<RelationType, string>,
  ploverType: {
    AGREE: 'Agreement',
    CONSULT: 'Consultation',
    SUPPORT: 'Support',
    CONCEDE: 'Concession',
    COOPERATE: 'Cooperation',
    AID: 'Aid',
    RETREAT: 'Retreat',
    REQUEST: 'Request',
    ACCUSE: 'Accusation',
    REJECT: 'Rejection',
    THREATEN: 'Threat',
    PROTEST: 'Protest',
    SANCTION: 'Sanction',
    MOBILIZE: 'Mobilisation',
    COERCE: 'Coercion',
    ASSAULT: 'Assault',
  } satisfies Record<PloverType, string>,
  untyped: 'Unspecified',

  opened: (title: string, date: string) => `Opened: ${title}, ${date}`,
  aboutDataset: 'About this dataset',
  eventCount: (count: string) => `${count} events`,
  datasetSpan: (from: string, to: string) => `${from} to ${to}`,
  pickAnEvent:
    'Choose an event on the timeline to read who took part, what each side said, and the sources.',
  attribution: (sources: string) => `Data: ${sources}`,
  builtWith: 'Bilateral timeline explorer',
  emptyDataset: 'This dataset has no events to show.',
  renderFailed: 'Something went wrong while drawing this view.',
  reload: 'Start again',
};

export type Messages = typeof en;
