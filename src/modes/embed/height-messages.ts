export const RESIZE_MESSAGE_TYPE = 'bilateral-timeline:resize';

/**
 * The content's height in each dialect a host page may listen for, as Datawrapper sends it: ours
 * (public/embed.js), AMP's `amp-iframe resizable`, Embedly's (many CMSs), and, when the page was
 * opened by a Pym.js parent (`childId` in its URL), Pym's own string message. A parent ignores
 * what it does not know. Nothing but the height is ever said.
 */
export function heightMessages(
  heightPx: number,
  pymChildId: string | undefined,
): (Record<string, unknown> | string)[] {
  const messages: (Record<string, unknown> | string)[] = [
    { type: RESIZE_MESSAGE_TYPE, height: heightPx },
    { sentinel: 'amp', type: 'embed-size', height: heightPx },
    { context: 'iframe.resize', height: heightPx },
  ];
  if (pymChildId !== undefined) messages.push(`pymxPYMx${pymChildId}xPYMxheightxPYMx${heightPx}`);
  return messages;
}

/**
 * The Pym.js child id a Pym parent put in the frame's URL (with `initialWidth`, which Pym always
 * adds). An id that could break Pym's message format (its `xPYMx` separator) or is not a plain
 * element id is not echoed back.
 */
export function pymChildIdOf(search: string): string | undefined {
  const params = new URLSearchParams(search);
  const id = params.get('childId');
  if (id === null || !params.has('initialWidth')) return undefined;
  if (!/^[\w:.-]{1,100}$/.test(id) || id.includes('xPYMx')) return undefined;
  return id;
}
