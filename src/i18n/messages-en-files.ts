// Strings of opening a dataset file from this device. Spread into `en`.
export const enFiles = {
  openFile: 'Open file',
  openFileDescription:
    'Open a dataset from this device: bilateral-events or TimelineJS JSON, a TimelineJS or bilateral-events spreadsheet saved as CSV, or a GDELT export. It is read in this browser; nothing is uploaded.',
  dropFileHere: 'Drop the file to open it. It is read in this browser; nothing is uploaded.',
  localFileNoLink:
    'This dataset was opened from a file on this device, so a link cannot open it for anyone else. To share it, publish the file on a web server and give its address as ?data=.',
};
