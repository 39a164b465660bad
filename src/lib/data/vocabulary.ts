/**
 * The data's closed vocabularies (statuses, kinds, bases) and its one special code, as plain values: what the
 * browser needs of the schema. schema.ts builds its validators (zod) from these; the app imports them from
 * here and only types from schema.ts, so the validators stay at build time and out of the browser's bundle.
 */
export const ORG_STATUSES = ['member', 'observer', 'associate', 'dialogue_partner', 'participant', 'former'] as const;
export const TREATY_STATUSES = ['party', 'signatory', 'not_party'] as const;
export const VOTE_STATUSES = ['voted_yes', 'voted_no', 'abstained', 'absent'] as const;
export const INSTRUMENT_KINDS = ['un_treaty', 'ilo_convention', 'compact'] as const;
export const SOURCE_KINDS = ['paper', 'news', 'depositary', 'official', 'reference'] as const;
/**
 * `flows_only`: in the dataset for its migrants alone (a destination or origin in the UN's migrant stock): the
 * dataset keeps no treaty or organisation records for it, and says so rather than show it as "not party".
 */
export const COUNTRY_ROLES = ['central_asia', 'destination', 'partner', 'flows_only'] as const;
/** What a flow counts: labour migrants as published (shares, departures), or people born in the origin living in the destination (the UN's stock). */
export const FLOW_BASES = ['labour_migrants', 'born_in_origin'] as const;
export type FlowBasis = (typeof FLOW_BASES)[number];
/** The code of "everywhere else" in flows.csv: the destinations (or origins) summed below the import's threshold. Not a country. */
export const ELSEWHERE = 'ZZZ';
export const AGREEMENT_TYPES = [
  'bilateral_agreement',
  'multilateral_agreement',
  'accession',
  'memorandum',
  'action_plan',
  'cooperation_plan',
  'programme',
  'declaration',
] as const;
/**
 * How far an agreement, event or law is borne out (issue 16): `confirmed` by the agreement's text, a party's
 * official announcement or independent reporting; `reported` by one paper and not confirmed elsewhere;
 * `disputed` where another source contradicts the paper.
 */
export const CORROBORATIONS = ['confirmed', 'reported', 'disputed'] as const;
export type Corroboration = (typeof CORROBORATIONS)[number];
/**
 * Why a treaty or membership record is still unchecked (checked=false): the record could not be reached from
 * here; it was seen only in a secondary source (news, an encyclopedia or a mirror); the status was seen in the
 * record but not the date shown; the record is ambiguous.
 */
export const UNCHECKED_REASONS = ['not_reached', 'secondary_only', 'date_not_seen', 'ambiguous'] as const;
export type UncheckedReason = (typeof UNCHECKED_REASONS)[number];
export const QUALIFIERS = ['exact', 'about', 'nearly', 'more_than', 'fewer_than', 'range', 'not_available'] as const;
export const UNITS = ['persons', 'percent', 'percent_of_gdp', 'count'] as const;
