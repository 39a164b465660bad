/**
 * The Content-Security-Policy the built page carries in a <meta http-equiv> (the app promises no request to
 * any other origin; this makes the browser enforce it, whatever host serves the files or frames them).
 *
 * - `web` (`npm run build`): everything from the page's own origin. MapLibre draws into canvases and may use
 *   data:/blob: images; its worker is a file of the build (`worker-src 'self'`, with blob: for the module
 *   shim MapLibre makes when the worker's URL is another origin's); Svelte and MapLibre set inline styles.
 * - `single` (`npm run build:single`): the scripts are inlined into the one HTML file, so scripts need
 *   'unsafe-inline'; the MapLibre worker is a data: URL, which MapLibre fetches and starts as a data: (from
 *   file://, an opaque origin) or blob: module worker.
 *
 * Both refuse connections, images, fonts, frames and objects from any other origin. A <meta> policy cannot
 * set frame-ancestors, report-uri or sandbox (browsers ignore them and complain), so none is used here.
 */
export type CspMode = 'web' | 'single';

export function contentSecurityPolicy(mode: CspMode): string {
  const single = mode === 'single';
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': single ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'worker-src': single ? ["'self'", 'blob:', 'data:'] : ["'self'", 'blob:'],
    'connect-src': ["'self'", 'data:', 'blob:'],
    'img-src': ["'self'", 'data:', 'blob:'],
    'style-src': ["'self'", "'unsafe-inline'"],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The <meta> tag, to go right after <meta charset> so it governs every script and stylesheet after it. */
export function cspMeta(mode: CspMode): string {
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(mode)}" />`;
}

/** Put the policy into the page's <head>, right after its charset declaration. */
export function injectCsp(html: string, mode: CspMode): string {
  const charset = /<meta charset="utf-8"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('index.html: no <meta charset="utf-8"> to put the Content-Security-Policy after');
  return html.replace(charset, (tag) => `${tag}\n    ${cspMeta(mode)}`);
}
