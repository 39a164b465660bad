/**
 * Every string the interface shows, in English. This file is also the shape of every language (`Messages` is
 * its type): another language is a file that gives the same keys, each a string or a function of the same
 * parameters, and an entry in ./index.ts. Whole sentences live here, never in components: word order, plurals
 * and punctuation are the language's. Values arrive formatted (numbers, dates) unless a plural depends on them.
 */
import type { DownloadFile } from '../data/downloads.ts';
import type { StandingKey } from '../queries/standings.ts';
import type { Basis, CountTotal, Measure } from '../queries/flows.ts';
import type { Agreement, Corroboration, Ratification, Source, Statistic, UncheckedReason } from '../data/schema.ts';
import type { TableKind } from '../queries/tables.ts';
import type { TimelineGrouping, TimelineKind } from '../queries/timeline.ts';
import type { SearchKind } from '../queries/search.ts';
import { createLocale } from './locale.ts';

/** English as written in Europe: 30 Apr 2021, 1,234.5, 100K. */
export const locale = createLocale('en-150');

/** Small counts in words, as a headline writes them ("four of the five"). */
const count = (n: number) => ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? locale.number(n);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const destinations = (count: number) => locale.plural(count, { one: '1 destination', other: `${locale.number(count)} destinations` });

/** A value with its qualifier: "about 1.9 million" (`max` is a range's upper end). */
type Qualify = (value: string, max: string) => string;

export const en = {
  appTitle: 'Corridors',
  appSubtitle: 'Labour migration from Central Asia and the law that governs it',
  /** Under every headline: what the reader can do next. */
  standingLine: 'Select a country for its memberships, agreements and treaties, or a line for its corridor.',
  /** Each view's headline, written from the data it shows (src/app/headline.ts). */
  headline: {
    /** A share as a reader says it: "seven in ten", "about half", "nearly all", or "3.8%" when small. */
    part: (pct: number): string => {
      if (pct >= 95) return 'nearly all';
      if (pct < 5) return `${locale.number(pct)}%`;
      const tenths = Math.round(pct / 10);
      return tenths === 5 ? 'about half' : `${count(tenths)} in ten`;
    },
    share: (p: { part: string; origin: string; destination: string; basis: Basis; year: string | null }) =>
      p.basis === 'labour_migrants'
        ? `${capitalise(p.part)} of ${p.origin}’s labour migrants go to ${p.destination}`
        : `${capitalise(p.part)} of the people born in ${p.origin} who live abroad live in ${p.destination} (${p.year})`,
    firstFor: (p: { destination: string; origins: string[]; basis: Basis; year: string | null }) =>
      p.basis === 'labour_migrants'
        ? `More labour migrants from ${locale.list(p.origins)} go to ${p.destination} than anywhere else`
        : `More people born in ${locale.list(p.origins)} live in ${p.destination} than anywhere else abroad (${p.year})`,
    firstForMany: (p: { destination: string; count: number; of: number; basis: Basis; year: string | null }) => {
      const states =
        p.count === p.of ? `each of the ${count(p.of)} Central Asian states` : `${count(p.count)} of the ${count(p.of)} Central Asian states`;
      return p.basis === 'labour_migrants'
        ? `More labour migrants from ${states} with published figures go to ${p.destination} than anywhere else`
        : `More people born in ${states} live in ${p.destination} than anywhere else abroad (${p.year})`;
    },
    pair: (p: { a: string; b: string }) => `${p.a} and ${p.b}`,
    treaties: (p: { country: string; parties: number; of: number }) =>
      `${p.country} is party to ${locale.number(p.parties)} of the ${locale.number(p.of)} treaties and conventions tracked here`,
    standing: (p: { standing: StandingKey; count: number; of: number; what: string; year: string | null }) => {
      const who =
        p.count === 0
          ? `None of the ${count(p.of)} Central Asian states`
          : p.count === p.of
            ? `All ${count(p.of)} Central Asian states`
            : `${capitalise(count(p.count))} of the ${count(p.of)} Central Asian states`;
      const one = p.count <= 1;
      const verb =
        p.standing === 'voted_yes'
          ? `voted for the ${p.what}`
          : p.standing === 'member'
            ? `${one ? 'is a member' : 'are members'} of the ${p.what}`
            : p.standing === 'participant'
              ? `${one ? 'takes' : 'take'} part in the ${p.what}`
              : `${one ? 'is' : 'are'} party to the ${p.what}`;
      return p.year ? `In ${p.year}, ${who.charAt(0).toLowerCase()}${who.slice(1)} ${verb}` : `${who} ${verb}`;
    },
    notYet: (p: { what: string; event: 'adopted' | 'founded'; year: string }) =>
      p.event === 'adopted' ? `The ${p.what} had not yet been adopted in ${p.year}` : `The ${p.what} had not yet been founded in ${p.year}`,
  },
  /** Between a label and what it labels ("Sources: …"). */
  labelSeparator: ': ',
  sourcesLabel: 'Sources',
  sourcesTitle: 'Sources and data',
  closeSources: 'Close the sources and return to the map',
  sourcesIntro:
    'Every line on the map and in the panels cites one of these. Treaty status comes from the depositaries; where a paper says otherwise, the panel shows its claim marked “disputed”. Where sources give different numbers, the panel shows every value.',
  downloadsTitle: 'Download the data',
  downloadsIntro:
    'The whole dataset: a UTF-8 CSV file with a header row for each kind of fact, every row with its source_id and locator, and the presentation story as JSON.',
  downloadDescription: {
    'flows.csv': 'migration flows by origin and destination',
    'statistics.csv': 'figures: migrants, remittances, employment',
    'memberships.csv': 'organisation memberships, observers, partners',
    'ratifications.csv': 'treaty status for every country and instrument, and disputed claims',
    'agreements.csv': 'agreements, programmes and declarations, with their parties',
    'laws.csv': 'national laws: country, title, number, date adopted',
    'events.csv': 'meetings and events: date, place, participants',
    'instruments.csv': 'treaties, ILO conventions and the Global Compact: adoption date, depositary, link',
    'organisations.csv': 'organisations and summit formats: kind, founding date, link',
    'countries.csv': 'countries: ISO codes, role, whether drawn on the map, capital used as the flows’ anchor',
    'sources.csv': 'every source, with citation and link',
    'story.json': 'the presentation story: each step’s title, caption, sources, camera and view (JSON)',
  } satisfies Record<DownloadFile, string>,
  sourceKinds: {
    paper: 'Source papers',
    news: 'News',
    depositary: 'Depositaries',
    official: 'Official records and pages',
    reference: 'Reference works',
  } satisfies Record<Source['kind'], string>,
  citedBy: (count: number) => locale.plural(count, { one: 'cited once', other: `cited ${locale.number(count)} times (data rows and story steps)` }),
  consulted: (date: string) => `Consulted ${date}`,
  sourceLine: (p: { named: string[]; others: number }) =>
    `${p.named.join('; ')}; and ${locale.plural(p.others, { one: 'one official, press or reference page', other: `${locale.number(p.others)} official, press and reference pages` })}. Boundaries: Natural Earth.`,
  mapLabel: 'Map of Central Asia and the destinations of its labour migrants. Select a country from the list for the same information as text.',
  mapUnavailable: 'A still map: this browser cannot draw the moving one (it needs WebGL). Countries and lines still open their panels.',
  countriesHeading: 'Countries',
  /** The masthead's links to the other languages. */
  languageLabel: 'Language',
  centralAsia: 'Central Asia',
  destinationsAndPartners: 'Destinations and partners',
  close: 'Close',
  closePanel: 'Close the panel and return to the overview',

  /** The country panel's first block: what binds the country, its agreements by partner, its treaty record. */
  glance: {
    heading: 'At a glance',
    memberOf: (p: { member: string[]; other: { status: string; organisation: string }[] }) => {
      const others = p.other.map((o) => `${o.status} in ${o.organisation}`);
      if (p.member.length === 0)
        return others.length ? `Not a full member of any organisation here; ${locale.list(others)}.` : 'No organisation memberships recorded.';
      return `Member of ${locale.list(p.member)}${others.length ? `; ${locale.list(others)}` : ''}.`;
    },
    agreementsLead: 'Agreements by partner:',
    partnerCount: (p: { partner: string; count: number }) => `${p.partner} (${locale.number(p.count)})`,
    otherAgreements: (count: number) =>
      locale.plural(count, {
        one: 'and 1 with an organisation or a group of countries',
        other: `and ${locale.number(count)} with organisations or groups of countries`,
      }),
    noAgreements: 'No agreements recorded.',
    /** Before the chips of one status. */
    statusLead: {
      party: 'Party to',
      signatory: 'Signed, not ratified',
      not_party: 'Not party to',
      voted_yes: 'Voted for',
      voted_no: 'Voted against',
      abstained: 'Abstained on',
      absent: 'Did not vote on',
    } satisfies Record<Ratification['status'], string>,
    /**
     * A status chip's accessible name, its visible words first (WCAG 2.5.3, label in name): "1951 Refugee
     * Convention disputed: not party; a paper says otherwise" (the chip shows the name and "disputed").
     */
    chip: (p: { instrument: string; status: string; disputed: boolean }) =>
      p.disputed ? `${p.instrument} disputed: ${p.status}; a paper says otherwise` : `${p.instrument}: ${p.status}`,
  },
  /** The country panel's sections, as tabs. */
  tabs: {
    label: 'Sections',
    memberships: 'Organisations',
    agreements: 'Agreements',
    treaties: 'Treaties',
    flows: 'Flows',
    figures: 'Figures',
    more: 'Laws, events',
  },
  forums: 'Summit formats and processes',
  forumsNote: 'Meetings it takes part in; no treaty binds their participants.',
  /** A heading over the agreements with one partner: "Russia · 3". */
  agreementsWith: (p: { partner: string; count: number }) => `${p.partner} · ${locale.number(p.count)}`,
  agreementsMultilateral: (count: number) => `With several countries · ${locale.number(count)}`,
  agreementsBilateral: (count: number) => `Between the two alone · ${locale.number(count)}`,
  agreementParties: (parties: string[]) => `Parties besides: ${locale.list(parties)}`,
  treatyTable: {
    caption: 'Status as the depositary records it; a source paper’s contrary claim is marked disputed.',
    instrument: 'Instrument',
    status: 'Status, date and source',
    compactGroup: 'UN General Assembly vote (the compact is non-binding)',
    signedOn: (date: string) => `signed ${date}`,
    notesHeading: 'Disputed claims',
    /** A disputed claim's note, shown once with every instrument it concerns: "Asadov 2024 says party: ILO C097, ILO C143". */
    noteSummary: (p: { source: string; claim: string; instruments: string[] }) => `${p.source} says ${p.claim}: ${locale.list(p.instruments)}`,
    noteButton: 'Why',
    /** Starts with the button's visible word (WCAG 2.5.3, label in name). */
    noteButtonLabel: (source: string) => `Why: read the note on ${source}’s claim`,
  },
  /** A figure on which sources disagree, drawn as dots on one axis: its accessible description. */
  dotPlot: (values: string[]) => `Values the sources give, on one axis: ${locale.list(values)}`,
  dotLabel: (p: { value: string; source: string }) => `${p.value}, ${p.source}`,
  memberships: 'Organisations',
  earlierLead: 'Earlier:',
  /** Between the periods of a membership's history (each a status, its years and its sources). */
  periodSeparator: '; ',
  noMemberships: 'No organisation memberships recorded in the dataset.',
  agreements: 'Agreements and programmes',
  noAgreements: 'No bilateral agreements recorded in the sources.',
  frameworks: 'Frameworks of its organisations',
  frameworksNote: 'Agreements adopted within an organisation of which it is a full member; the source does not list the parties.',
  instruments: 'International instruments',
  partyTo: 'Party to',
  signatoryTo: 'Signed, not ratified',
  notPartyTo: 'Not party to',
  compactVote: 'Global Compact for Migration',
  disputed: 'disputed',
  disputedClaim: (p: { source: string; claim: string }) => `${p.source} says: ${p.claim}`,
  /** On a disputed law or event: its note is below the list (once, however many rows it concerns). */
  disputedSeeNote: 'what the sources say is in the note below',
  /** A disputed rows' note, naming every row it concerns: "Paper B on Law X and Law Y". */
  disputedRowsNote: (p: { source: string; rows: string[] }) => `${p.source} on ${locale.list(p.rows)}`,
  since: (year: string) => `since ${year}`,
  sinceUntil: (p: { since: string; until: string }) => `${p.since}–${p.until}`,
  with: (partners: string[]) => `with ${locale.list(partners)}`,
  /** A depositary record: "ratified 30 Apr 2021". */
  recordAction: (p: { action: string; date: string }) => `${p.action} ${p.date}`,
  dateNotStated: 'date not stated',
  dateInferred: (date: string) => `${date} (year inferred)`,
  source: 'Source',
  /** Before a row of source chips. */
  sourcesLead: 'Source:',
  /** A source chip's accessible name. */
  sourceChip: (p: { source: string; unchecked: boolean }) => `Source: ${p.source}${p.unchecked ? ' (unchecked)' : ''}`,
  /** A source chip's tooltip: the citation and where in it. */
  citationTitle: (p: { citation: string; locator: string }) => `${p.citation} — ${p.locator}`,
  /** Before where in the source a fact is (the locator itself stays in the source's language). */
  locatorLabel: 'Locator',
  /** Where a paper says something about one country: "Uzbekistan: Table 3". */
  countryLocator: (p: { country: string; locator: string }) => `${p.country}: ${p.locator}`,
  notChecked: 'Entry as known to the project; not yet checked against a copy of the record.',
  uncheckedTag: 'unchecked',
  uncheckedOnMap: (p: { count: number; total: number }) =>
    `${locale.number(p.count)} of these ${locale.number(p.total)} entries not yet checked against a copy of the record (marked “unchecked” in the panels).`,
  // records (issue 16)
  /** Why a treaty or membership record is unchecked (memberships.csv and ratifications.csv, unchecked_reason). */
  uncheckedReason: {
    not_reached: 'Not yet checked: the record could not be reached from here.',
    secondary_only: 'Not yet checked: seen only in a secondary source (news, a reference work or a mirror), not in the record itself.',
    date_not_seen: 'Not yet checked: the status was seen in the record, the date shown was not.',
    ambiguous: 'Not yet checked: the record is ambiguous.',
  } satisfies Record<UncheckedReason, string>,
  /** An agreement, event or law's corroboration (agreements.csv, events.csv, laws.csv); "confirmed" goes unsaid. */
  reported: 'reported',
  reportedLong: 'Reported by one paper; not confirmed elsewhere.',
  /** The locator of the source that confirms a paper's agreement, event or law. */
  corroboratedBy: 'confirms the paper’s account',
  corroboration: {
    confirmed: 'confirmed',
    reported: 'reported by one paper, not confirmed elsewhere',
    disputed: 'disputed',
  } satisfies Record<Corroboration, string>,
  /** A country panel's flow tables: their heading, and the caption of each (outbound, inbound from an origin). */
  flowsFromHere: { labour_migrants: 'Labour migrants leaving for', born_in_origin: 'Born here, living in (UN)' } satisfies Record<Basis, string>,
  flowsToHere: { labour_migrants: 'Arriving from', born_in_origin: 'Living here, born in (UN)' } satisfies Record<Basis, string>,
  shareOfOrigin: {
    labour_migrants: (origin: string) => `Share of ${origin}’s labour migrants`,
    born_in_origin: (origin: string) => `People born in ${origin} living here`,
  } satisfies Record<Basis, (origin: string) => string>,
  shareOfMigrants: { labour_migrants: 'Share of its labour migrants', born_in_origin: 'Share of those born here living abroad' } satisfies Record<
    Basis,
    string
  >,
  /** A country panel's table of the people born elsewhere living in the country (the UN's stock). */
  bornElsewhere: 'People born abroad living here, by country of birth',
  /** The small multiples of a country's largest corridors in the UN's stock. */
  seriesHeading: 'Over time (UN, mid-year)',
  seriesOut: (partner: string) => `Born here, living in ${partner}`,
  seriesIn: (partner: string) => `Born in ${partner}, living here`,
  seriesBetween: (p: { origin: string; destination: string }) => `Born in ${p.origin}, living in ${p.destination}`,
  /** A country kept for its migrants alone (countries.csv role flows_only): no records, said rather than shown as none. */
  recordsNotKept: (country: string) =>
    `${country} is in this dataset for its migrants alone: it keeps no organisation, agreement or treaty records for ${country}, so none are shown (which is not to say there are none).`,
  seriesLabel: (p: { what: string; first: string; last: string; from: string; to: string }) =>
    `${p.what}: ${p.from} in ${p.first}, ${p.to} in ${p.last}`,
  /** The partners below the import's threshold, summed: a flow's other end. */
  elsewhere: 'Elsewhere',
  destinationsCount: destinations,
  /** When a figure applies, and whom its source quotes: "(2021; quoting IOM)". */
  figureWhen: (p: { when: string; quoting?: string }) => (p.quoting ? `(${p.when}; quoting ${p.quoting})` : `(${p.when})`),
  flows: {
    /** The legend's title and one-line account of what the lines count, for each basis. */
    basisTitle: {
      labour_migrants: 'Labour migrants from Central Asia',
      born_in_origin: 'People born in Central Asia, living abroad',
    } satisfies Record<Basis, string>,
    basisAbout: {
      labour_migrants: 'As published: each origin’s split by destination, for the period its source gives.',
      born_in_origin:
        'UN stock at mid-year: everyone born in the state living in another, including those who moved in Soviet times (ethnic Russians and Germans from Kazakhstan, for example); most seasonal workers are missing.',
    } satisfies Record<Basis, string>,
    basisLegend: 'Lines count',
    basisOption: { labour_migrants: 'Labour migrants', born_in_origin: 'People born there (UN)' } satisfies Record<Basis, string>,
    yearLegend: 'Year',
    latest: 'Latest',
    latestHint: 'Each origin’s latest figures',
    playYears: 'Play the years',
    stopYears: 'Stop the years',
    originsLegend: 'Origins',
    allOrigins: 'All',
    computed: 'shares computed from the numbers published',
    splitHeading: {
      labour_migrants: (origin: string) => `${origin}’s migrants by destination`,
      born_in_origin: (origin: string) => `Born in ${origin}, by country of residence`,
    } satisfies Record<Basis, (origin: string) => string>,
    measureLegend: 'Line width shows',
    measure: {
      labour_migrants: { share: 'Share of migrants', count: 'Number of migrants' },
      born_in_origin: { share: 'Share of people', count: 'Number of people' },
    } satisfies Record<Basis, Record<Measure, string>>,
    scaleShare: {
      labour_migrants: 'Line width: share of the origin’s labour migrants',
      born_in_origin: 'Line width: share of everyone born in the origin living abroad',
    } satisfies Record<Basis, string>,
    scaleCount: {
      labour_migrants: 'Line width: number of migrants (published or derived)',
      born_in_origin: 'Line width: number of people, as the UN gives it',
    } satisfies Record<Basis, string>,
    derived: 'derived',
    /** A derived number with its mark: "341,000 (derived)". */
    derivedValue: (value: string) => `${value} (derived)`,
    /** A label's share with the count it implies (one total × the share; the legend says which total). */
    shareAndCount: (p: { share: string; count: string }) => `${p.share} · about ${p.count}`,
    derivedNote: (p: { sharesPeriod: string; sharesSource: string; total: string; totalWhat: string; totalSource: string }) =>
      `Derived, not published: each share (${p.sharesPeriod}, ${p.sharesSource}) × ${p.total} ${p.totalWhat} in the same period (${p.totalSource}).`,
    /** What a derived count counts, by the indicator of the total it was derived from. */
    totalWhat: {
      departures_for_work: 'departures for work abroad',
      labour_migrants_abroad: 'labour migrants abroad',
    } satisfies Record<CountTotal, string>,
    derivedWhy: {
      departures_for_work:
        'So each number counts people who left for that country in that period, not everyone working there. The totals of migrants abroad below are for other dates and are not multiplied.',
      labour_migrants_abroad: 'The shares and the total describe the same period.',
    } satisfies Record<CountTotal, string>,
    slideTotal: (totalWhat: string) => `Derived: share × ${totalWhat}`,
    otherTotals: 'Published totals of migrants abroad:',
    /** Below 700 px the key's one button: the year shown, and the settings it opens. */
    settingsToggle: (year: string | null) => `${year ?? 'Latest'} · settings`,
    /** The lists below the map on a narrow screen. */
    listsLabel: 'Every flow, by origin',
    noCount: (origin: string) => `${origin}: no published total to derive numbers from.`,
    noneForYear: (year: string) => `The dataset has no flow figures for ${year}.`,
    showLatest: 'Show the latest figures',
    play: 'Play',
    pause: 'Pause',
    playLabel: 'Play the flow animation',
    pauseLabel: 'Pause the flow animation',
    listLabel: 'Flows, largest first. Focus one to highlight it on the map; select it to open its corridor.',
    openCorridor: (p: { origin: string; destination: string; value: string }) => `Corridor ${p.origin} to ${p.destination}: ${p.value}`,
    totalsHeading: 'Only a total published',
    /** The slide's one line on what the lines count (the screen's legend says it at length). */
    slideBasis: {
      labour_migrants: 'Labour migrants, as each source counts them',
      born_in_origin: 'By place of birth: not labour migrants',
    } satisfies Record<Basis, string>,
    slideTotalsHeading: 'Only a total published: migrants abroad (disc)',
    totalsNote: 'No source here splits these migrants by destination, so no lines are drawn: a mark at the capital shows the total abroad.',
    markKey: 'Disc: lowest published total; ring: highest, where the sources differ.',
    noFigure: (name: string) => `${name}: the sources give no total of its citizens working abroad.`,
    /** A flow's share, given formatted ("70.2%"). */
    shareOf: {
      labour_migrants: (p: { share: string; origin: string; computed: boolean }) =>
        `${p.share} of ${p.origin}’s labour migrants${p.computed ? ' (computed from the numbers)' : ''}`,
      born_in_origin: (p: { share: string; origin: string; computed: boolean }) =>
        `${p.share} of everyone born in ${p.origin} living abroad${p.computed ? ' (computed)' : ''}`,
    } satisfies Record<Basis, (p: { share: string; origin: string; computed: boolean }) => string>,
    countOf: {
      departures_for_work: (value: string) => `about ${value} departures for work`,
      labour_migrants_abroad: (value: string) => `about ${value} migrants`,
    } satisfies Record<CountTotal, (value: string) => string>,
    countPublished: {
      labour_migrants: (p: { value: string; origin: string }) => `${p.value} migrants`,
      born_in_origin: (p: { value: string; origin: string }) => `${p.value} people born in ${p.origin}`,
    } satisfies Record<Basis, (p: { value: string; origin: string }) => string>,
    derivedFrom: (p: { share: string; total: string }) => `${p.share}% × ${p.total}`,
    sharesLine: (p: { period: string; source: string }) => `Shares: ${p.period} · ${p.source}`,
    totalLine: (p: { period: string; source: string }) => `Total: ${p.period} · ${p.source}`,
    sourceLine: (p: { period: string; source: string }) => `${p.period} · Source: ${p.source}`,
    /** The period and source of a set of shares, under its heading. */
    periodSource: (p: { period: string; source: string }) => `${p.period} · ${p.source}`,
    /** A flow's two ends: "Uzbekistan → Russia". */
    route: (p: { origin: string; destination: string }) => `${p.origin} → ${p.destination}`,
    tooltipTotal: (country: string) => `${country} · Labour migrants abroad`,
    /** A published total's when and source, in the tooltip: "(2021) · Asadov 2024". */
    valueMeta: (p: { when: string; source: string }) => `${p.when} · ${p.source}`,
  },
  corridor: {
    heading: (p: { a: string; b: string }) => `${p.a} – ${p.b}`,
    kicker: 'Corridor',
    flows: 'Flows',
    noFlows: 'The dataset has no flow figures between these two countries.',
    agreements: 'Agreements between them',
    noAgreements: 'No agreement naming both is recorded in the sources.',
    frameworks: 'Frameworks of organisations both are full members of',
    memberships: 'Organisations where both hold a status',
    noMemberships: 'No organisation in which both currently hold a status.',
    instruments: 'International instruments',
    bothParty: 'Both party',
    notBoth: 'One or neither a party',
    openCountry: (name: string) => `Open ${name}`,
    countryStatus: (p: { country: string; status: string }) => `${p.country}: ${p.status}`,
    instrumentColumn: 'Instrument',
  },
  figuresHeading: 'Figures',
  sourcesDisagree: 'Sources disagree',
  laws: 'National laws',
  events: 'Meetings and events',
  yearNotStated: 'year not stated',
  indicator: {
    labour_migrants_abroad: 'Labour migrants abroad',
    labour_migrants_hosted: 'Labour migrants working in the country',
    remittances_pct_gdp: 'Remittances',
    departures_for_work: 'Departures for work abroad',
    born_in_origin_abroad: 'People born here living abroad (UN stock)',
    migrant_sector_construction_pct: 'Migrants working in construction',
    migrant_sector_agriculture_pct: 'Migrants working in agriculture',
    migrant_sector_industry_pct: 'Migrants working in industry',
    migrant_sector_trade_pct: 'Migrants working in trade',
    unemployment_rate: 'Unemployment rate',
    employed_persons: 'Employed persons',
    employed_share_of_active_population: 'Employed, share of the economically active',
    job_seekers: 'People seeking work',
    school_leavers_per_year: 'School and college leavers per year',
    bachelor_admissions_per_year: 'Admissions to bachelor’s programmes per year',
    labour_market_entrants_per_year: 'Young people entering the labour market per year',
    entrants_without_specialised_qualification_pct: 'Entrants without specialised qualifications',
    population: 'Population',
    asylum_claims_processed: 'Asylum claims processed',
    migrant_workers_wage_theft_pct: 'Migrant workers with wage theft or delayed pay',
    cooperation_agreements_signed: 'Cooperation agreements and memoranda with foreign partners',
  } as Record<string, string | undefined>,
  qualifier: {
    exact: (value: string) => value,
    about: (value: string) => `about ${value}`,
    nearly: (value: string) => `nearly ${value}`,
    more_than: (value: string) => `more than ${value}`,
    fewer_than: (value: string) => `fewer than ${value}`,
    range: (value: string, max: string) => `${value}–${max}`,
    not_available: () => 'not available',
  } satisfies Record<Statistic['qualifier'], Qualify> as Record<Statistic['qualifier'], Qualify>,
  unit: {
    persons: (value: string) => value,
    count: (value: string) => value,
    percent: (value: string) => `${value}%`,
    percent_of_gdp: (value: string) => `${value}% of GDP`,
  } satisfies Record<Statistic['unit'], (value: string) => string>,
  /** A share below what one decimal can show: "<0.1%". */
  shareBelow: (value: string) => `<${value}%`,
  /** The lowest and highest of several values: "800,000 – more than 1.2 million". */
  span: (p: { low: string; high: string }) => `${p.low} – ${p.high}`,
  million: (value: string) => `${value} million`,
  mapShows: 'Map',
  flowsMode: 'Migration flows',
  instrumentsMode: 'Treaties and the Global Compact',
  organisationsMode: 'Organisations',
  now: 'now',
  asOfNow: 'Status today, from the depositary and organisation records',
  asOfYear: (year: string) => `Status at the end of ${year}`,
  /** A status map's year slider, its play button while still and while playing. */
  statusYearLabel: 'Year',
  playStatusYears: 'Play',
  pauseStatusYears: 'Pause',
  outsideDataset: 'no record in this dataset',
  countryCount: (count: number) => locale.plural(count, { one: '1 country', other: `${locale.number(count)} countries` }),
  /** The five, counted on a map's main status. */
  centralAsiaCount: {
    party: (p: { count: number; total: number }) =>
      locale.plural(p.count, {
        one: `1 of the ${locale.number(p.total)} Central Asian states is party`,
        other: `${locale.number(p.count)} of the ${locale.number(p.total)} Central Asian states are party`,
      }),
    voted_yes: (p: { count: number; total: number }) =>
      `${locale.number(p.count)} of the ${locale.number(p.total)} Central Asian states voted in favour`,
    member: (p: { count: number; total: number }) =>
      locale.plural(p.count, {
        one: `1 of the ${locale.number(p.total)} Central Asian states is a member`,
        other: `${locale.number(p.count)} of the ${locale.number(p.total)} Central Asian states are members`,
      }),
  },
  emphasisNote: 'The five Central Asian states in full colour, outlined; other countries lighter.',
  /** A status map's tooltip: since when a country holds its status, a paper that disputes it, and the source. */
  tipSince: (date: string) => `since ${date}`,
  tipDisputed: (papers: string) => `A source paper says otherwise: ${papers}`,
  tipSource: (source: string) => `Source: ${source}`,
  countsOfDataset: (count: number) => `Counts are of the ${locale.number(count)} countries in this dataset, not of all states.`,
  notYetAdopted: (p: { date: string; year: string }) => `Adopted on ${p.date}: there is no status to show for ${p.year}.`,
  notYetFounded: (p: { date: string; year: string }) => `Founded on ${p.date}: there is no status to show for ${p.year}.`,
  recordedVote: (date: string) => `UN General Assembly recorded vote, ${date}`,
  listCountries: 'Countries in each group',
  disputedByPaper: 'A source paper says otherwise (disputed)',
  /** A status and how many countries hold it: "party (14)". */
  statusCount: (p: { status: string; count: number }) =>
    locale.plural(p.count, { one: `${p.status}: 1 country`, other: `${p.status}: ${locale.number(p.count)} countries` }),
  membershipRecords: 'membership records',
  shareGroup: 'Share, embed, export, present',
  shareMenu: 'Share',
  share: 'Share',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy: select the text and copy it',
  embed: 'Embed',
  downloadPng: 'Download PNG',
  exporting: 'Preparing…',
  exportFailed: 'Could not make the PNG: try again, or take a screenshot',
  present: 'Present',
  presentHint: 'Presenter mode (P): full screen, large type, the story step by step',
  embedDialogTitle: 'Embed this map',
  embedDialogIntro:
    'Paste this into your page. It shows the current view, resizes itself on pages that run Pym.js, Datawrapper’s embed script or AMP, and loads nothing from any other site.',
  embedHeight: 'Height',
  embedResponsive: 'Responsive',
  pixels: (n: number) => `${locale.number(n)} px`,
  embedCode: 'Embed code',
  copyCode: 'Copy code',
  codeCopied: 'Code copied',
  embedTitle: 'Interactive map: labour migration from Central Asia and the law that governs it',
  embedLinkText: 'Open the interactive map of labour migration from Central Asia',
  openFullMap: 'Open the full map',
  // theme (dark)
  /** The masthead's toggle (pressed: the dark theme); its name stays the same whichever theme shows. */
  themeDark: 'Dark theme',
  themeDarkHint: 'Switch between the light and the dark theme (the link keeps the choice)',
  gestureWheel: 'Click the map to zoom with the wheel, or use Ctrl + scroll',
  gestureWheelMac: 'Click the map to zoom with the wheel, or use ⌘ + scroll',
  gestureTouch: 'Tap the map, or use two fingers, to move it',
  slide: {
    credit: 'Corridors',
    /** The credit with where the map lives (not from file://, where the path is the presenter's own disk). */
    creditAt: (address: string) => `Corridors · ${address}`,
    /** What a slide's lines count, when and whose: "Uzbekistan’s labour migrants, first three months of 2023, Kamilov 2025". */
    basisPeriod: {
      labour_migrants: (p: { origin: string; period: string; source: string }) => `${p.origin}’s labour migrants, ${p.period}, ${p.source}`,
      born_in_origin: (p: { origin: string; period: string; source: string }) => `People born in ${p.origin} living abroad, ${p.period}, ${p.source}`,
    } satisfies Record<Basis, (p: { origin: string; period: string; source: string }) => string>,
    sourceLine: (sources: string[]) =>
      `Sources: ${sources.join('; ')}. Boundaries: Natural Earth. Every source, with page and table, is on the map’s Sources page.`,
    /** A table's slide: no map, so no boundaries. */
    tableSourceLine: (sources: string[]) => `Sources: ${sources.join('; ')}. Every source, with page and table, is on the map’s Sources page.`,
  },
  stepOf: (p: { step: number; count: number }) => `Step ${locale.number(p.step)} of ${locale.number(p.count)}`,
  /** The story card's evidence: what the step's view points at, drawn (src/app/story-evidence.ts). */
  story: {
    evidenceLabel: 'What the data shows',
    largestEach: 'Each origin’s largest destination',
    disputedHeading: (p: { what: string; country: string }) => `${p.what}, ${p.country}: every published value`,
    axisZero: '0',
    agreementHeading: (p: { a: string; b: string }) => `Agreement: ${p.a} – ${p.b}`,
    standingsHeading: 'Where the five Central Asian states stand',
    disputedClaim: 'a paper disputes it',
    valueWhenSource: (p: { value: string; when: string; source: string }) => `${p.value} ${p.when}, ${p.source}`,
  },
  previousStep: 'Previous step',
  nextStep: 'Next step',
  exitPresentation: 'Leave presentation (Esc)',
  downloadSlide: 'Slide PNG (S)',
  // explore (tables, timeline, compare, search)
  explore: {
    /** The views beside the map, in the masthead's nav. */
    navLabel: 'Views',
    views: { map: 'Map', table: 'Tables', timeline: 'Timeline', compare: 'Compare' },
    closeLabel: 'Close and return to the map',
    tables: { instruments: 'Treaties', organisations: 'Organisations', agreements: 'Agreements', flows: 'Flows' } satisfies Record<TableKind, string>,
    tablesLabel: 'Table',
    tableCaption: {
      instruments: 'Each country’s status under each treaty and convention, as its depositary records it',
      organisations: 'Each country’s standing in each organisation today',
      agreements: 'Agreements, programmes and declarations, with their parties and dates',
      flows: 'Every flow on the map and in the panels, each with its basis, period and source',
    } satisfies Record<TableKind, string>,
    column: {
      country: 'Country',
      title: 'Agreement',
      parties: 'Parties',
      type: 'Type',
      signed: 'Signed',
      origin: 'From',
      destination: 'To',
      basis: 'Counts',
      year: 'Year',
      share: 'Share',
      count: 'Number',
      date: 'Date',
      what: 'What',
    },
    sortBy: (column: string) => `Sort by ${column}`,
    /** A phone's cards have no column buttons: one select orders them. */
    sortLabel: 'Sort by',
    tableOrder: 'Table order',
    /** The matrix turned on its side (a story step's five countries as columns): its first column's heading. */
    rowHeading: { instruments: 'Treaty', organisations: 'Organisation' },
    /** A slide of a long table: which of its rows it shows. */
    slideRows: (last: number, total: number) => `Rows 1–${locale.number(last)} of ${locale.number(total)}`,
    filterCountry: 'Country',
    filterKind: 'Type',
    anyCountry: 'All countries',
    anyKind: 'All types',
    rowsShown: (shown: number, total: number) =>
      shown === total
        ? locale.plural(total, { one: '1 row', other: `${locale.number(total)} rows` })
        : `${locale.number(shown)} of ${locale.number(total)} rows`,
    downloadCsv: 'Download these rows (CSV)',
    role: { central_asia: 'Central Asia', destination: 'Destination', partner: 'Partner', flows_only: 'Destination (flows only)' },
    agreementType: {
      bilateral_agreement: 'Bilateral agreement',
      multilateral_agreement: 'Multilateral agreement',
      accession: 'Accession',
      memorandum: 'Memorandum',
      action_plan: 'Action plan',
      cooperation_plan: 'Cooperation plan',
      programme: 'Programme',
      declaration: 'Declaration',
    } satisfies Record<Agreement['type'], string>,
    basis: { labour_migrants: 'Labour migrants', born_in_origin: 'Born there (UN)' } satisfies Record<Basis, string>,
    noStatus: 'no record',
    disputedMark: 'a paper says otherwise',
    uncheckedMark: 'not yet checked against the record',
    reportedMark: 'a paper’s claim, not confirmed elsewhere',
    timeline: {
      title: 'Timeline',
      caption: 'Memberships, ratifications, agreements, laws and events since 1991, each dated as precisely as its source',
      groupBy: 'Group by',
      grouping: { country: 'Country', kind: 'Kind' } satisfies Record<TimelineGrouping, string>,
      kinds: {
        membership: 'Joined',
        ratification: 'Ratified',
        signature: 'Signed',
        agreement: 'Agreement',
        law: 'Law',
        event: 'Event',
      } satisfies Record<TimelineKind, string>,
      kindGroups: {
        membership: 'Memberships',
        ratification: 'Ratifications',
        signature: 'Signatures',
        agreement: 'Agreements',
        law: 'Laws',
        event: 'Events',
      } satisfies Record<TimelineKind, string>,
      countries: 'Countries',
      everyCountry: 'The five Central Asian states',
      year: 'Up to',
      allYears: 'today',
      dateInferred: 'date inferred',
      /** A membership that ended (a 'former' record). */
      left: 'Left',
      before: (year: string) => `before ${year}`,
      items: (n: number) => locale.plural(n, { one: '1 item', other: `${locale.number(n)} items` }),
      open: (title: string) => `Open ${title}`,
    },
    compare: {
      title: (names: string[]) => (names.length ? `Compare ${locale.list(names)}` : 'Compare countries'),
      caption: 'Memberships, treaties and the flows between them, side by side; rows where they differ are marked',
      choose: 'Countries compared',
      add: 'Add a country',
      remove: (name: string) => `Remove ${name}`,
      tooFew: 'Choose at least two countries to compare.',
      differs: 'differs',
      same: 'same',
      organisations: 'Organisations',
      instruments: 'Treaties and conventions',
      flows: 'Flows between them',
      noFlows: 'The data has no flows between them.',
      compareWith: 'Compare with…',
      latest: (year: string) => `latest, ${year}`,
    },
    search: {
      label: 'Search',
      placeholder: 'Country, organisation, treaty…',
      none: (query: string) => `Nothing found for “${query}”`,
      count: (n: number) => locale.plural(n, { one: '1 result', other: `${locale.number(n)} results` }),
      kinds: { country: 'Country', organisation: 'Organisation', instrument: 'Treaty', agreement: 'Agreement', law: 'Law' } satisfies Record<
        SearchKind,
        string
      >,
    },
  },
  status: {
    member: 'member',
    observer: 'observer',
    associate: 'associate member',
    dialogue_partner: 'dialogue partner',
    participant: 'participant',
    former: 'former member',
    party: 'party',
    signatory: 'signatory',
    not_party: 'not party',
    voted_yes: 'voted in favour',
    voted_no: 'voted against',
    abstained: 'abstained',
    absent: 'did not vote',
    none: 'no status',
    unknown: 'not known for that year (the record gives no date)',
  } satisfies Record<StandingKey, string>,
  action: {
    ratification: 'ratified',
    accession: 'acceded',
    succession: 'succeeded',
    acceptance: 'accepted',
    approval: 'approved',
    signature: 'signed',
    vote: 'vote',
    claim: 'claim',
  } satisfies Record<NonNullable<Ratification['action']>, string>,

  // accessibility
  /** Words for screen readers, keyboards and touch (src/app/map-description.ts, the country list, the bottom sheet). */
  a11y: {
    /** The map's description, read politely whenever the selection changes: what it shows, then what is open. */
    mapFlows: (p: { what: string; year: string | null; origin: string | null }) =>
      `The map shows ${p.what.charAt(0).toLowerCase()}${p.what.slice(1)}, ${p.year ? `in ${p.year}` : 'each origin’s latest figures'}${
        p.origin ? `, from ${p.origin} only` : ''
      }.`,
    mapStatus: (p: { what: string; kind: 'instrument' | 'org'; year: string | null }) =>
      `The map shows ${p.kind === 'org' ? 'which countries belong to' : 'where each country stands on'} the ${p.what}, ${
        p.year ? `at the end of ${p.year}` : 'today'
      }.`,
    mapCountry: (country: string) => `${country} is selected; its panel is open.`,
    mapCorridor: (p: { a: string; b: string }) => `The corridor between ${p.a} and ${p.b} is selected; its panel is open.`,
    /** The country list's hint: arrows move, Enter opens. */
    countryListHint: 'Arrow keys move between countries; Enter opens one.',
    /** The bottom sheet's handle (phones): drag it, or press it to make the panel taller or shorter. */
    sheetHandle: (tall: boolean): string => (tall ? 'Make the panel shorter' : 'Make the panel taller'),
  },
};

export type Messages = typeof en;
