// Strings of the embed, presenter, export, theme and offline features, kept apart so that those
// features can grow without touching the main catalogue. Spread into `en`.
/** The parts of a description of the view (summariseView), already formatted for the language. */
export interface ViewDescriptionParts {
  readonly total: string;
  readonly totalCount: number;
  /** Years of the first and last event. */
  readonly first: string;
  readonly last: string;
  readonly viewFrom: string;
  readonly viewTo: string;
  readonly inView: string;
  readonly inViewCount: number;
  /** The view shows every event: it needs no words of its own. */
  readonly showsAll: boolean;
  readonly busiest: string | undefined;
}

export const enModes = {
  // The view menu
  viewActions: 'View actions',
  present: 'Present',
  embed: 'Embed',
  exportImage: 'Export image',

  // Embed
  openFullView: 'Open full view',
  embedDialogTitle: 'Embed this view',
  embedIntro:
    'Paste this code into a web page. It shows this view: the same time window, filters, open event, theme and language. It makes no request to any other site.',
  embedCode: 'Embed code',
  embedAutoResize: 'Resize the frame to fit its content (adds one small script from this site)',
  embedHeight: 'Height in pixels (used until the content reports its own)',
  copyCode: 'Copy code',
  codeCopied: 'Code copied to the clipboard.',
  previewEmbed: 'Preview the embed',
  embedFrameTitle: (title: string) => `${title}: interactive timeline`,

  // Presenter
  presenterLabel: 'Presenter',
  presentStatus: (current: string, total: string) => `${current} of ${total}`,
  presentAnnouncement: (title: string, date: string) => `${title}, ${date}`,
  previousEvent: 'Previous',
  nextEvent: 'Next',
  previousEventName: 'Previous event',
  nextEventName: 'Next event',
  fullScreen: 'Full screen',
  exitFullScreen: 'Exit full screen',
  blackout: 'Blank screen',
  leavePresenter: 'Leave',
  leavePresenterName: 'Leave presenter mode',
  presenterKeys:
    'Keys: Right, Down, Page Down or Space for the next event; Left, Up or Page Up for the previous; Home and End for the first and last; B to blank the screen; F for full screen; Escape to leave.',
  screenBlanked: 'The screen is blank. Press B or a step key to show the event again.',
  presentNoMatches: 'No events match the current filters.',
  keyStatements: 'Key statements',
  mainSource: 'Main source',
  positionAmongEvents: 'Where this event sits among the events shown',
  moreStatements: (count: number) =>
    count === 1 ? '1 more statement in the full view' : `${count} more statements in the full view`,

  // Export
  exportDialogTitle: 'Export an image of the timeline',
  exportIntro: (period: string, count: string) =>
    `The timeline for ${period}, with ${count} matching events, the legend of event types and the attribution.`,
  downloadPng: 'Download PNG',
  downloadSvg: 'Download SVG',
  exporting: 'Making the image…',
  exported: (fileName: string) => `Saved ${fileName}.`,
  exportFailed: 'The image could not be made. Try the other format.',
  exportEventCount: (count: string) => (count === '1' ? '1 event' : `${count} events`),
  moreEventsHere: (count: string) => `+${count}`,

  // The timeline's text description (its accessible description; the oEmbed title)
  viewDescription: (d: ViewDescriptionParts): string => {
    if (d.totalCount === 0) return 'No events.';
    const events = (count: number, text: string) =>
      count === 0 ? 'no events' : count === 1 ? '1 event' : `${text} events`;
    const years = (from: string, to: string) =>
      from === to ? `in ${from}` : `from ${from} to ${to}`;
    const span = (from: string, to: string) => (from === to ? from : `${from} to ${to}`);
    return [
      `${events(d.totalCount, d.total)} ${years(d.first, d.last)}`,
      d.showsAll
        ? undefined
        : `in view: ${span(d.viewFrom, d.viewTo)}, ${events(d.inViewCount, d.inView)}`,
      d.busiest === undefined ? undefined : `busiest year ${d.busiest}`,
    ]
      .filter((part) => part !== undefined)
      .join('; ')
      .concat('.');
  },

  accessibilityStatement: 'Accessibility statement',

  // Print
  printListTitle: (count: string) => `Events in this view (${count})`,
  printedFrom: (address: string) => `Printed from ${address}`,
  printSources: 'Sources:',
};
