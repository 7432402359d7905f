/** Row types of the data contract (docs/data-format.md). Pure data, no behaviour. */

export const LEVELS = [
  'nation',
  'province',
  'prefecture',
  'county',
  'zone',
  'township',
  'village',
] as const;
export type Level = (typeof LEVELS)[number];

export const CODE_KINDS = ['gb2260', 'stats', 'local'] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

export const QUALIFIERS = [
  'exact',
  'approx',
  'more_than',
  'at_least',
  'less_than',
  'up_to',
  'range',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const UNITS = [
  'people',
  'households',
  'villages',
  'counties',
  'townships',
  'count',
  'percent',
  'percent_change',
  'yuan',
  'yuan_per_household',
  'yuan_per_person',
  'yuan_per_unit',
  'km',
  'hectare',
  'mu',
  'sqm',
  'head',
  'person_times',
  'kw',
  'tonne',
] as const;
export type Unit = (typeof UNITS)[number];

/**
 * `derived`: the value was computed by us. `period_inferred`: the value is printed, only its
 * year or span was not and was read from context; it is told in tables, not on the number.
 */
export const QUALITY_FLAGS = [
  'doubtful',
  'inconsistent',
  'derived',
  'period_inferred',
  'unmatched',
] as const;
export type QualityFlag = (typeof QUALITY_FLAGS)[number];

export const INDICATORS = [
  'poor_households',
  'poor_people',
  'poverty_incidence',
  'people_lifted',
  'households_lifted',
  'poor_villages',
  'villages_exited',
  'poor_counties',
  'counties_exited',
  'poverty_line',
  'income_per_capita',
  'gdp',
  'other',
] as const;
export type IndicatorKey = (typeof INDICATORS)[number];

export const FUND_SOURCES = [
  'central_provincial',
  'central',
  'provincial',
  'city_budget',
  'county_budget',
  'credit',
  'social',
  'pairing_aid',
  'integrated',
  'industry',
  'other',
] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

export const EXIT_STATUSES = ['planned', 'exited', 'unknown'] as const;
export type ExitStatus = (typeof EXIT_STATUSES)[number];

export const MILESTONE_KINDS = [
  'county_exit',
  'village_exit',
  'deadline',
  'national',
  'event',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** An inclusive span of years; a single year has start === end. */
export interface Period {
  start: number;
  end: number;
}

/** A date as precise as the source gives it. `iso` is YYYY, YYYY-MM or YYYY-MM-DD. */
export interface PartialDate {
  iso: string;
  precision: 'year' | 'month' | 'day';
}

export interface Sourced {
  id: string;
  sourceFile: string;
  sourceQuote: string;
  qualityFlag: QualityFlag | null;
  /** Why the flag was set, in English (`quality_note`) and Chinese (`quality_note_zh`). */
  qualityNote: string;
  qualityNoteZh: string;
}

export interface Measured {
  value: number;
  qualifier: Qualifier;
  valueMax: number | null;
  unit: Unit;
}

/** A map feature's properties: the region's name and code, and the map it belongs to. */
export interface MapFeatureProps {
  name: string;
  adcode: string;
  /** The map (region code) the feature belongs to. */
  parent: string;
}

/** One map: the features drawn for the children of the region it is named after. */
export interface GeoFeatureCollection {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; properties: MapFeatureProps; geometry: unknown }>;
}

export interface Region {
  code: string;
  codeKind: CodeKind;
  name: string;
  nameEn: string;
  level: Level;
  parentCode: string | null;
  map: string;
  /** Marker position in degrees, null when the dataset gives none. */
  lon: number | null;
  lat: number | null;
  note: string;
  source: string;
}

export interface VillageExit extends Sourced {
  villageCode: string;
  townshipName: string;
  countyCode: string;
  plannedExitYear: number | null;
  actualExitDate: PartialDate | null;
  status: ExitStatus;
}

export interface Indicator extends Sourced, Measured {
  regionCode: string;
  indicator: IndicatorKey;
  category: string;
  labelZh: string;
  labelEn: string;
  measure: 'actual' | 'target';
  period: Period;
  deadline: PartialDate | null;
}

export interface Fund extends Sourced, Measured {
  regionCode: string;
  period: Period;
  sourceType: FundSource;
  use: string;
  /** Set when the region gave this money to another region: never a source of its own funds. */
  recipient: string;
  labelZh: string;
  labelEn: string;
  measure: 'actual' | 'planned' | 'target';
}

export interface Infrastructure extends Sourced, Measured {
  regionCode: string;
  period: Period;
  category: string;
  labelZh: string;
  labelEn: string;
  measure: 'actual' | 'target';
}

export interface Milestone extends Sourced {
  regionCode: string;
  date: PartialDate;
  kind: MilestoneKind;
  titleZh: string;
  titleEn: string;
}

/** A document whose text the project holds (public/sources/<file>); rows quote it verbatim. */
export interface SourceDocument {
  /** Absent in manifests written before citations existed. */
  kind?: 'document';
  file: string;
  title: string;
  publisher: string;
  date: string;
  region_code: string;
}

/**
 * A publication the project cites but does not hold: only its figures may be used, never its
 * sentences, so rows citing it carry an empty or figure-only `source_quote`. `file` is its id.
 */
export interface SourceCitation {
  kind: 'citation';
  file: string;
  /** The publication's title or section; empty when the citation names only paper and page. */
  title: string;
  publisher: string;
  publisher_en?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  page?: string;
  url: string;
  author?: string;
  /** The URL is a reprint on another host; the publisher is still the original one. */
  mirror?: boolean;
  region_code: string;
}

export type SourceEntry = SourceDocument | SourceCitation;

export interface Manifest {
  name: string;
  name_zh: string;
  as_of: string;
  synthetic: boolean;
  /** 审图号 (map review number) of the boundaries the maps draw, when the publisher has one. */
  map_approval?: string;
  sources: SourceEntry[];
}

export interface DatasetTables {
  regions: Region[];
  villageExits: VillageExit[];
  indicators: Indicator[];
  funds: Fund[];
  infrastructure: Infrastructure[];
  milestones: Milestone[];
}

export type TableName = keyof DatasetTables;
