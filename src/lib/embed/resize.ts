/**
 * Tells the host page how tall the embedded map is, in the three protocols newsrooms already run, so the
 * iframe auto-resizes with no new code on their side:
 * - Pym.js: the parent appends `childId` (and initialWidth, parentTitle, parentUrl) to our URL; we post
 *   `pymxPYMx{childId}xPYMxheightxPYMx{px}` and answer the parent's `width` messages with our height.
 * - Datawrapper's embed script: `{"datawrapper-height": {"<key>": px}}`; older hosts find the iframe by
 *   `id="datawrapper-chart-<key>"`, so the embed snippet gives the iframe that id and passes `embedId=<key>`.
 * - AMP's amp-iframe: `{sentinel: "amp", type: "embed-size", height: px}`.
 * Each message goes out only when the height changes. Nothing is read from the host page.
 */
export const PYM_SEPARATOR = 'xPYMx';

/** The parameters a Pym.js host or our embed snippet adds to an embed's URL: theirs, not part of the view. */
export const HOST_PARAMS = ['embedId', 'initialWidth', 'childId', 'parentTitle', 'parentUrl'] as const;

export type HostMessage = string | Record<string, unknown>;

/** The messages announcing `height` (CSS pixels, rounded up) for each protocol. */
export function heightMessages(height: number, ids: { pymChildId: string | null; embedId: string }): HostMessage[] {
  const px = Math.ceil(height);
  const out: HostMessage[] = [];
  if (ids.pymChildId) out.push(['pym', ids.pymChildId, 'height', String(px)].join(PYM_SEPARATOR));
  out.push({ 'datawrapper-height': { [ids.embedId]: px } });
  out.push({ sentinel: 'amp', type: 'embed-size', height: px });
  return out;
}

/** The Pym parent's message type and payload, if `data` is a Pym message addressed to `childId`. */
export function parsePymMessage(data: unknown, childId: string): { type: string; message: string } | null {
  if (typeof data !== 'string') return null;
  const parts = data.split(PYM_SEPARATOR);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId) return null;
  return { type: parts[2]!, message: parts[3]! };
}

/** Ids from our own URL: Pym's childId, and the key the embed snippet chose (letters, digits, - and _ only). */
export function embedIds(search: string): { pymChildId: string | null; embedId: string } {
  const p = new URLSearchParams(search);
  const safe = (v: string | null) => (v && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : null);
  return { pymChildId: safe(p.get('childId')), embedId: safe(p.get('embedId')) ?? 'corridors' };
}

/**
 * Watches `element`'s height and posts it to `target` (the host window) whenever it changes; answers Pym
 * width messages. Returns a function that stops it.
 */
export function announceHeight(element: HTMLElement, target: Window, search: string): () => void {
  const ids = embedIds(search);
  let last = -1;
  const post = (force = false) => {
    const h = Math.ceil(element.getBoundingClientRect().height);
    if (h === last && !force) return;
    last = h;
    for (const msg of heightMessages(h, ids)) target.postMessage(msg, '*');
  };
  const observer = new ResizeObserver(() => post());
  observer.observe(element);
  const onMessage = (e: MessageEvent) => {
    if (e.source !== target || !ids.pymChildId) return;
    if (parsePymMessage(e.data, ids.pymChildId)?.type === 'width') post(true);
  };
  window.addEventListener('message', onMessage);
  post();
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
