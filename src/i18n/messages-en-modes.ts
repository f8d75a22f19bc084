// Strings of the embed, presenter, export, theme and offline features, kept apart so that those
// features can grow without touching the main catalogue. Spread into `en`.
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

  // Print
  printListTitle: (count: string) => `Events in this view (${count})`,
  printedFrom: (address: string) => `Printed from ${address}`,
  printSources: 'Sources:',
};
