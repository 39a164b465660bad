/**
 * The shape of every file in data/: one schema per file, one row per fact. A row that does not fit fails the
 * build with its file, line and column (see load.ts). Empty cells mean "not given" and are read as undefined.
 */
import { z } from 'zod';
import {
  AGREEMENT_TYPES,
  CORROBORATIONS,
  COUNTRY_ROLES,
  FLOW_BASES,
  INSTRUMENT_KINDS,
  ORG_STATUSES,
  QUALIFIERS,
  SOURCE_KINDS,
  TREATY_STATUSES,
  UNCHECKED_REASONS,
  UNITS,
  VOTE_STATUSES,
} from './vocabulary.ts';

// The vocabularies and their types, for build-time code that reads them here; the app imports them from vocabulary.ts.
export * from './vocabulary.ts';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const text = z.string().trim().min(1, 'is empty');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals, e.g. UZB');
const number = (what = 'a number') =>
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, `is not ${what}`)
    .transform(Number);
const year = z
  .string()
  .regex(/^\d{4}$/, 'is not a four-digit year')
  .transform(Number)
  .refine((y) => y >= 1900 && y <= 2100, 'is not a plausible year');
const bool = z.enum(['true', 'false'], { message: 'must be true or false' }).transform((v) => v === 'true');
/** For depositary and membership records: was the entry seen in a copy of the record (true), or is it as known to the project (false)? */
const checked = optional(bool);
const uncheckedReason = optional(z.enum(UNCHECKED_REASONS));
const corroboration = z.enum(CORROBORATIONS);
/** The source that confirms a paper's agreement, event or law (a row moves from reported to confirmed by naming it). */
const corroboratedBy = optional(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a source_id'));

/** A date as precise as the source: 2021, 2021-04 or 2021-04-30; checked to exist on the calendar. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    if (m !== undefined && (m < 1 || m > 12)) return false;
    if (d !== undefined) {
      const date = new Date(Date.UTC(y!, m! - 1, d));
      return date.getUTCDate() === d && date.getUTCMonth() === m! - 1;
    }
    return true;
  }, 'is not a real calendar date');

const provenance = { source_id: slug, locator: text };
/** Parties or participants: ISO3 codes and organisation ids, e.g. `UZB;KAZ;iom`. */
const idList = z
  .string()
  .regex(/^[A-Za-z0-9-]+(;[A-Za-z0-9-]+)*$/, 'must list ISO3 codes or organisation ids separated by ";"')
  .transform((s) => s.split(';'));

export const sourceRow = z.object({
  source_id: slug,
  kind: z.enum(SOURCE_KINDS),
  short: text,
  citation: text,
  year: optional(year),
  url: optional(z.url({ message: 'is not a URL' })),
  seed_file: optional(z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'is not a seed file name like 000_35119cf0bd49671d.txt')),
  accessed: optional(partialDate),
  note: optional(text),
});

export const countryRow = z.object({
  iso3,
  iso_numeric: z.string().regex(/^\d{3}$/, 'must be a three-digit ISO 3166-1 numeric code, e.g. 860'),
  name: text,
  role: z.enum(COUNTRY_ROLES),
  /** false for a partner outside the drawn region (the United States): listed and searchable, not drawn. */
  on_map: bool,
  anchor_place: text,
  anchor_lng: number().refine((x) => x >= -180 && x <= 360, 'is not a longitude'),
  anchor_lat: number().refine((y) => y >= -90 && y <= 90, 'is not a latitude'),
  ...provenance,
});

export const flowRow = z
  .object({
    origin_iso3: iso3,
    destination_iso3: iso3,
    year,
    period: optional(text),
    share_pct: optional(number().refine((v) => v >= 0 && v <= 100, 'must be between 0 and 100')),
    migrants: optional(number('a whole number').refine(Number.isInteger, 'must be a whole number')),
    basis: z.enum(FLOW_BASES),
    ...provenance,
    note: optional(text),
  })
  .refine((r) => r.share_pct !== undefined || r.migrants !== undefined, {
    message: 'is empty: a flow needs share_pct, migrants or both',
    path: ['share_pct'],
  })
  .refine((r) => r.origin_iso3 !== r.destination_iso3, { message: 'is the same as origin_iso3', path: ['destination_iso3'] });

export const statisticRow = z
  .object({
    country_iso3: iso3,
    indicator: z.string().regex(/^[a-z0-9_]+$/, 'must be a snake_case name, e.g. labour_migrants_abroad'),
    value: optional(number()),
    value_max: optional(number()),
    qualifier: z.enum(QUALIFIERS),
    unit: z.enum(UNITS),
    year: optional(year),
    period: optional(text),
    attributed_to: optional(text),
    ...provenance,
    note: optional(text),
  })
  .refine((r) => (r.qualifier === 'not_available') === (r.value === undefined), {
    message: 'must be empty exactly when qualifier is not_available',
    path: ['value'],
  })
  .refine((r) => (r.qualifier === 'range') === (r.value_max !== undefined), {
    message: 'must be given exactly when qualifier is range',
    path: ['value_max'],
  });

export const organisationRow = z.object({
  org_id: slug,
  org_name: text,
  short_name: text,
  kind: z.enum(['regional_integration', 'cooperation', 'security', 'consultative_process', 'un_system', 'summit_format']),
  founded: optional(partialDate),
  url: optional(z.url({ message: 'is not a URL' })),
  ...provenance,
});

export const membershipRow = z.object({
  org_id: slug,
  country_iso3: iso3,
  status: z.enum(ORG_STATUSES),
  since: optional(partialDate),
  until: optional(partialDate),
  ...provenance,
  disputed: bool,
  checked,
  unchecked_reason: uncheckedReason,
  note: optional(text),
});

export const instrumentRow = z.object({
  instrument_id: slug,
  name: text,
  short_name: text,
  kind: z.enum(INSTRUMENT_KINDS),
  adopted: partialDate,
  depositary: text,
  url: optional(z.url({ message: 'is not a URL' })),
  ...provenance,
});

export const ratificationRow = z.object({
  country_iso3: iso3,
  instrument_id: slug,
  status: z.enum([...TREATY_STATUSES, ...VOTE_STATUSES]),
  action: optional(z.enum(['ratification', 'accession', 'succession', 'acceptance', 'approval', 'signature', 'vote', 'claim'])),
  date: optional(partialDate),
  /** The date of signature, where the instrument was signed before it was ratified (maps "as of a year" need it). */
  signed: optional(partialDate),
  ...provenance,
  disputed: bool,
  checked,
  unchecked_reason: uncheckedReason,
  note: optional(text),
});

export const agreementRow = z.object({
  agreement_id: slug,
  parties: idList,
  title: text,
  signed: optional(partialDate),
  /** True when the source prints no year and the date's year is inferred (shown as such). */
  date_inferred: optional(bool),
  type: z.enum(AGREEMENT_TYPES),
  provisions: optional(text),
  ...provenance,
  corroboration,
  corroborated_by: corroboratedBy,
  note: optional(text),
});

export const lawRow = z.object({
  law_id: slug,
  country_iso3: iso3,
  title: text,
  number: optional(text),
  adopted: optional(partialDate),
  ...provenance,
  corroboration,
  corroborated_by: corroboratedBy,
  note: optional(text),
});

export const eventRow = z.object({
  event_id: slug,
  date: partialDate,
  /** True when the source prints no year and the date's year is inferred (shown as such). */
  date_inferred: optional(bool),
  title: text,
  place_iso3: optional(iso3),
  participants: idList,
  ...provenance,
  corroboration,
  corroborated_by: corroboratedBy,
  note: optional(text),
});

/** Each data file, its schema and its columns (the header must match exactly, in any order). */
export const FILES = {
  sources: { file: 'sources.csv', schema: sourceRow },
  countries: { file: 'countries.csv', schema: countryRow },
  flows: { file: 'flows.csv', schema: flowRow },
  statistics: { file: 'statistics.csv', schema: statisticRow },
  organisations: { file: 'organisations.csv', schema: organisationRow },
  memberships: { file: 'memberships.csv', schema: membershipRow },
  instruments: { file: 'instruments.csv', schema: instrumentRow },
  ratifications: { file: 'ratifications.csv', schema: ratificationRow },
  agreements: { file: 'agreements.csv', schema: agreementRow },
  laws: { file: 'laws.csv', schema: lawRow },
  events: { file: 'events.csv', schema: eventRow },
} as const;

export type Source = z.output<typeof sourceRow>;
export type Country = z.output<typeof countryRow>;
export type Flow = z.output<typeof flowRow>;
export type Statistic = z.output<typeof statisticRow>;
export type Organisation = z.output<typeof organisationRow>;
export type Membership = z.output<typeof membershipRow>;
export type Instrument = z.output<typeof instrumentRow>;
export type Ratification = z.output<typeof ratificationRow>;
export type Agreement = z.output<typeof agreementRow>;
export type Law = z.output<typeof lawRow>;
export type Event = z.output<typeof eventRow>;
export type OrgStatus = (typeof ORG_STATUSES)[number];
export type RatificationStatus = Ratification['status'];

/** Every row keeps the line it came from, so later cross-file checks can still point at it. */
export type Located<T> = T & { line: number };

export type Dataset = {
  sources: Located<Source>[];
  countries: Located<Country>[];
  flows: Located<Flow>[];
  statistics: Located<Statistic>[];
  organisations: Located<Organisation>[];
  memberships: Located<Membership>[];
  instruments: Located<Instrument>[];
  ratifications: Located<Ratification>[];
  agreements: Located<Agreement>[];
  laws: Located<Law>[];
  events: Located<Event>[];
};
