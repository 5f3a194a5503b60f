/**
 * Built-in frameworks are data, written in our own words with the official names and
 * numbering. They are loaded into the database at start-up (institution_id NULL, read by
 * everyone) and exported over CASE like any other framework.
 */

/** CASE 1.1 association types, plus extensions written as "ext:name". */
export type AssociationType =
  | 'isChildOf'
  | 'isPeerOf'
  | 'isPartOf'
  | 'exactMatchOf'
  | 'precedes'
  | 'isRelatedTo'
  | 'replacedBy'
  | 'exemplar'
  | 'hasSkillLevel'
  | 'isTranslationOf';

export type BuiltinItem = {
  /** Stable within the framework, never changes once shipped: it seeds the item's CASE identifier. */
  key: string;
  /** The official numbering (CASE humanCodingScheme): "1a", "4.5", "V1", "D2". Omit when there is none. */
  code?: string;
  /** Short name (CASE abbreviatedStatement), e.g. "Operational issues". */
  title: string;
  /** What it means, in our own words (CASE fullStatement; Markdown allowed). 1-3 sentences. */
  statement: string;
  /** Kind of item (CASE CFItemType), e.g. "Core area", "Indicator", "Dimension". */
  type: string;
  children?: BuiltinItem[];
};

export type BuiltinLevel = { code: string; title: string; description: string };

export type BuiltinFramework = {
  /** Stable key, e.g. "cmalt"; items are referred to as "<framework key>:<item key>". */
  key: string;
  /** Fixed UUID: the CASE CFDocument identifier, stable across releases. */
  identifier: string;
  title: string;
  /** Who publishes the framework (e.g. "Association for Learning Technology (ALT)"). */
  publisher: string;
  /** The edition this data follows, e.g. "2023" or "2019". */
  version: string;
  /** The official source, for people to read the publisher's own text. */
  sourceUrl: string;
  /** What the framework is for, in our own words. */
  description: string;
  /** Rating levels that apply to every item, when the framework has them (e.g. Jisc's Developing / Capable / Proficient). */
  levels?: BuiltinLevel[];
  items: BuiltinItem[];
};

/** One line of the built-in crosswalk: why evidence for one item also speaks to another. */
export type BuiltinMapping = {
  /** "<framework key>:<item key>" */
  from: string;
  to: string;
  type: AssociationType;
  /** Why the two correspond, in one or two sentences a practitioner can check. */
  rationale: string;
};
