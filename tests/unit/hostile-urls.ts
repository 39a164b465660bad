/**
 * Hostile links, generated: every parameter the app reads (src/lib/state/url.ts, and the embed host's) given
 * malformed, huge, repeated, mis-encoded, unicode, script- and HTML-bearing, prototype and numeric nonsense, alone
 * and several at once, with fragments. Deterministic (a seeded PRNG): the unit and browser suites run the same
 * list, and a failure names a URL that reproduces.
 *
 * Every payload that could become markup carries `data-fuzz`, so a page that rendered one is caught by a single
 * `[data-fuzz]` query; every script-bearing one calls `alert`, so running one opens a dialog.
 */

/** Every query parameter the app reads: url.ts's own, then those an embedding host appends (resize.ts). */
export const PARAMS = [
  'country',
  'corridor',
  'measure',
  'basis',
  'origin',
  'view',
  'instrument',
  'org',
  'year',
  'lang',
  'table',
  'sort',
  'filter',
  'kind',
  'group',
  'compare',
  'theme',
  'embed',
  'present',
  'step',
  'lng',
  'lat',
  'zoom',
  'embedId',
  'childId',
  'initialWidth',
  'parentTitle',
  'parentUrl',
] as const;
export type Param = (typeof PARAMS)[number];

/** A value each parameter accepts in the real dataset, to mix the hostile ones with. */
export const VALID: Record<Param, string> = {
  country: 'UZB',
  corridor: 'UZB-RUS',
  measure: 'count',
  basis: 'born_in_origin',
  origin: 'TJK',
  view: 'table',
  instrument: 'refugee-1951',
  org: 'cis',
  year: '2015',
  lang: 'ru',
  table: 'agreements',
  sort: '-signed',
  filter: 'KAZ',
  kind: 'memorandum',
  group: 'kind',
  compare: 'UZB,KAZ',
  theme: 'dark',
  embed: '1',
  present: '1',
  step: '3',
  lng: '64.5',
  lat: '41.25',
  zoom: '3.5',
  embedId: 'story-1',
  childId: 'map',
  initialWidth: '600',
  parentTitle: 'News',
  parentUrl: 'https://news.example/story',
};

/** 100 kB: longer than any server's request line allows (the browser suite serves it by routing). */
export const HUGE = 100_000;

/** Raw (already encoded) hostile values, by family: each goes into the query as written. */
const enc = encodeURIComponent;
export const FAMILIES: Record<string, (valid: string) => string[]> = {
  script: () => [enc('<script>alert(1)</script><b data-fuzz=1>x</b>'), enc('"><script>alert(document.domain)</script>')],
  html: (v) => [
    enc(`"><img data-fuzz src=x onerror=alert(1)>`),
    enc(`${v}<b data-fuzz=1>bold</b>`),
    enc(`<svg data-fuzz onload=alert(1)>`),
    enc(`' data-fuzz='1`),
    enc(`</title></style><iframe data-fuzz srcdoc="<script>alert(1)</script>">`),
  ],
  url: () => [enc('javascript:alert(1)'), enc('data:text/html,<b data-fuzz>x</b>'), enc('//evil.example/x.js')],
  huge: (v) => [enc(v) + 'A'.repeat(HUGE), enc('<b data-fuzz=1>').repeat(HUGE / 30)],
  encoding: (v) => ['%253Cb%2520data-fuzz%253E', '%E0%A4%A', '%', '%zz', enc(v) + '%00', '%C0%AE%C0%AE%2F', '%ED%A0%80', '%FF%FE'],
  unicode: (v) => [
    enc('\u202E' + v),
    enc(v.slice(0, 1) + '\u200B' + v.slice(1)),
    enc(v + '\u0301\u0301'),
    enc('ＵＺＢ'),
    enc('UZ\u0412'), // a Cyrillic В
    enc('\uFEFF' + v),
    enc('🏳️‍🌈'),
    '\u200F' + v, // a raw (unencoded) right-to-left mark
  ],
  prototype: () => ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', enc('__proto__[x]')],
  number: () => [
    'NaN',
    'Infinity',
    '-Infinity',
    '1e308',
    '-0',
    '0x10',
    '1e3',
    '9999999999',
    '-1',
    '0',
    '2.5',
    enc('１２'),
    '1_000',
    '.5',
    '5.',
    '+3',
  ],
  // Codes the data uses that are not what the parameter names: "everywhere else" (ZZZ) is no country.
  pseudo: (v) => ['ZZZ', 'zzz', 'UZB-ZZZ', 'ZZZ,' + v, v.toLowerCase() + '-' + v.toLowerCase()],
  empty: () => ['', enc(' '), enc('\t\n'), enc('""'), 'null', 'undefined'],
  injection: () => [
    enc('{{7*7}}'),
    enc('${alert(1)}'),
    enc('../../../etc/passwd'),
    enc("' OR 1=1 --"),
    enc('</style><style>*{display:none}</style>'),
  ],
};

/** A small deterministic PRNG (mulberry32), so the list is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type HostileUrl = { name: string; url: string };

/**
 * The list: for each parameter, one value of each family (chosen by the PRNG); repeated keys both ways round;
 * `combinations` links of several hostile and valid parameters at once; malformed query strings; fragments.
 */
export function hostileUrls(seed = 14, combinations = 40): HostileUrl[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const families = Object.keys(FAMILIES);
  const hostile = (p: Param) => pick(FAMILIES[pick(families)]!(VALID[p]));
  const out: HostileUrl[] = [];
  for (const p of PARAMS) {
    for (const f of families) out.push({ name: `${p} ${f}`, url: `?${p}=${pick(FAMILIES[f]!(VALID[p]))}` });
    out.push({ name: `${p} repeated, valid first`, url: `?${p}=${enc(VALID[p])}&${p}=${hostile(p)}` });
    out.push({ name: `${p} repeated, hostile first`, url: `?${p}=${hostile(p)}&${p}=${enc(VALID[p])}` });
  }
  for (let i = 0; i < combinations; i++) {
    const params = [...PARAMS].sort(() => rand() - 0.5).slice(0, 2 + Math.floor(rand() * 6));
    const query = params.map((p) => `${p}=${rand() < 0.5 ? enc(VALID[p]) : hostile(p)}`).join('&');
    const fragment = rand() < 0.3 ? `#${pick(FAMILIES.html!('x'))}` : '';
    out.push({ name: `combination ${i + 1}`, url: `?${query}${fragment}` });
  }
  out.push(
    ...[
      '?',
      '?&&&',
      '?=',
      '?=x',
      '?%',
      '?%%%%=1',
      '?country',
      '?country==UZB',
      '?country=UZB=KAZ',
      '?COUNTRY=UZB',
      '?country%3DUZB',
      '?%63ountry=UZB', // an encoded key: the same parameter
      '?country=UZB;view=sources',
      '?country[]=UZB',
      '?__proto__=1&constructor=1&prototype=1',
      '?__proto__[country]=UZB',
      '?constructor[prototype][polluted]=1',
      '?' + 'a'.repeat(HUGE),
      '?' + Array.from({ length: 2000 }, (_, i) => `k${i}=${i}`).join('&'),
      '?' + PARAMS.map((p) => `${p}=${enc('<b data-fuzz=1>')}`).join('&'),
      '?' + PARAMS.map((p) => `${p}=${enc(VALID[p])}`).join('&'),
      '?view=compare&compare=' + enc(['UZB', 'KAZ', 'KGZ', 'TJK', 'TKM', 'RUS', 'TUR', 'uzb', 'XXX', '<b data-fuzz>'].join(',')),
      '?view=compare&compare=,,,,',
      '?present=1&step=0',
      '?present=1&step=13',
      '?present=1&step=1e1',
      '?lng=180.0000001&lat=85&zoom=12',
      '?lng=-180&lat=-85&zoom=0',
      '?year=1899',
      '?year=2999',
      '?corridor=UZB-UZB',
      '?corridor=RUS-UZB&country=KAZ',
      '#<img data-fuzz src=x onerror=alert(1)>',
      '#' + enc('<script>alert(1)</script>'),
      '#country=UZB&view=<b data-fuzz>',
      '?country=UZB#%',
    ].map((url, i) => ({ name: `malformed ${i + 1}`, url })),
  );
  return out;
}
