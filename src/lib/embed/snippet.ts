/**
 * The HTML a newsroom pastes into an article: an iframe with a title, lazy loading and either a fixed
 * height or a responsive one, and a plain link for readers (and feeds) where iframes do not run.
 * The iframe's id follows Datawrapper's convention so hosts already running its embed script resize it;
 * the responsive variant carries a few lines of listener of its own for hosts that run nothing.
 */
export type SnippetOptions = {
  /** The embed URL of the current view (with embed=1). */
  embedUrl: string;
  /** The full map's URL, for the fallback link. */
  fullUrl: string;
  /** Unique per snippet on a page: letters, digits, - and _. */
  key: string;
  title: string;
  linkText: string;
  height: number | 'responsive';
};

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedSnippet(o: SnippetOptions): string {
  const key = o.key.replace(/[^A-Za-z0-9_-]/g, '');
  const url = new URL(o.embedUrl);
  url.searchParams.set('embedId', key);
  const height = o.height === 'responsive' ? 600 : Math.round(o.height);
  const iframe =
    `<iframe id="datawrapper-chart-${key}" title="${escapeAttr(o.title)}" src="${escapeAttr(url.href)}" ` +
    `width="100%" height="${height}" style="width:100%;border:0;" loading="lazy" allow="fullscreen" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`;
  const link = `<p><a href="${escapeAttr(o.fullUrl)}">${escapeText(o.linkText)}</a></p>`;
  if (o.height !== 'responsive') return `${iframe}\n${link}`;
  // Same message as Datawrapper's: {"datawrapper-height": {"<key>": px}}, matched to the iframe that sent it.
  const script =
    `<script>window.addEventListener("message",function(e){var h=e.data&&e.data["datawrapper-height"];` +
    `var f=document.getElementById("datawrapper-chart-${key}");if(h&&f&&e.source===f.contentWindow&&h["${key}"])` +
    `{f.style.height=h["${key}"]+"px";}});</script>`;
  return `${iframe}\n${script}\n${link}`;
}

/**
 * A key for a new snippet, short and safe in an id: a hash of the view, then a random suffix, so that two
 * embeds of the same view on one page get different iframe ids (and each responsive listener finds its own
 * iframe). `random` is injectable for tests; the dialog draws once per opening.
 */
export function snippetKey(search: string, random: () => number = Math.random): string {
  let h = 0;
  for (const ch of search) h = (Math.imul(31, h) + ch.charCodeAt(0)) | 0;
  const suffix = Math.floor(Math.min(Math.max(random(), 0), 0.999999) * 36 ** 5)
    .toString(36)
    .padStart(5, '0');
  return `corridors-${(h >>> 0).toString(36)}-${suffix}`;
}
