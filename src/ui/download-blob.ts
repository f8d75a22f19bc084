/** Saves a file the page made (an export, a download of events) under the given name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is kept a while for slow disks, then released.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
