/// <reference lib="webworker" />
// Parsing and checking a large dataset takes long enough to freeze the page, so it runs here.
import { parseDatasetText } from './parse-dataset';

self.onmessage = (message: MessageEvent<string>) => {
  self.postMessage(parseDatasetText(message.data));
};
