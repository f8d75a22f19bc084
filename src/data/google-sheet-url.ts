// A newsroom's TimelineJS sheet lives in Google Sheets. The address people copy is the sheet's
// page (…/edit#gid=0, …/pubhtml), which is HTML; Google serves the same sheet as CSV at another
// address, which is what the app reads. (The page's Content-Security-Policy must allow Google's
// hosts for this: docs/datasets.md, "Google Sheets".)

/** The CSV export address of a Google Sheets address, or undefined for any other address. */
export function googleSheetCsvUrl(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname !== 'docs.google.com') return undefined;
  const gid = /(?:^|[#&?])gid=(\d+)/.exec(`${url.search}${url.hash}`)?.[1];
  // Published to the web: /spreadsheets/d/e/<published id>/pubhtml (or /pub?output=html).
  const published = /^\/spreadsheets\/d\/e\/([\w-]+)\/(?:pubhtml|pub)\b/.exec(url.pathname);
  if (published) {
    if (url.searchParams.get('output') === 'csv') return undefined;
    return `https://docs.google.com/spreadsheets/d/e/${published[1]}/pub?${gid ? `gid=${gid}&` : ''}single=true&output=csv`;
  }
  // Shared by link: /spreadsheets/d/<id>/edit (or /view, /htmlview, or nothing after the id).
  const shared = /^\/spreadsheets\/d\/([\w-]{20,})(?:\/(?:edit|view|htmlview)?)?\/?$/.exec(
    url.pathname,
  );
  if (shared) {
    return `https://docs.google.com/spreadsheets/d/${shared[1]}/export?format=csv${gid ? `&gid=${gid}` : ''}`;
  }
  return undefined;
}
