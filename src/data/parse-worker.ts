/// <reference lib="webworker" />
// Parsing and checking a large dataset takes long enough to freeze the page, so it runs here.
// The file may also be a TimelineJS timeline or a CSV spreadsheet, imported on the way.
import { parseAnyText } from './parse-any-text';

self.onmessage = (message: MessageEvent<string>) => {
  self.postMessage(parseAnyText(message.data));
};
