import { z } from 'zod';
import {
  RECOMMENDATION_KINDS,
  type TCatalogueSource,
  type TRecommendationKind,
  ZCatalogueSource,
} from '../../../../../contracts/careers-recommendations';
import {
  BACKGROUNDS,
  QUALIFICATION_LEVELS,
  type TBackground,
} from '../../../../../contracts/careers';
import {
  CAREER_STAGES,
  ROLE_FAMILIES,
  SENIORITIES,
  type TCareerStage,
  type TRoleFamily,
  type TSeniority,
} from '../../../../../contracts/classifier';
import { SECTORS, type TSector } from '../../../../../contracts/common';
import { CPD_TYPES } from '../../../../../contracts/cpd';

/*
 * The shape of a catalogue entry as it is written in the data files (data/*.ts and
 * data/local/*.ts). Every entry is checked against this schema when the module loads, so a
 * mistake in the data stops the server at start-up with the entry's key and the problem,
 * rather than producing odd recommendations later. docs/careers-catalogue.md explains each
 * field with examples.
 */

/**
 * What an entry builds up. Seed 001: people arrive from teaching (strong on pedagogy, short
 * of technical depth), from IT and from media and design work (strong on the technology or
 * the craft, short of pedagogy), or from research (short of hands-on practice with teachers).
 */
export const CAPABILITIES = [
  'pedagogy',
  'technical',
  'research',
  'leadership',
  'practice',
  'network',
] as const;
export type TCapability = (typeof CAPABILITIES)[number];

const ZKey = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'must be lower-case words joined by hyphens, like "senior-cmalt"',
  })
  .max(80, { message: 'must be at most 80 characters' });
const ZCountry = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be a two-letter ISO country code, like GB or CA' });
const ZText = z.string().trim().min(1, { message: 'must not be empty' });

/** A built-in framework item: the framework's key and the item's code (or its key when it has no code). */
export const ZFrameworkRef = z.object({ framework: ZText, item: ZText }).strict();
export type TFrameworkRef = z.infer<typeof ZFrameworkRef>;

export const ZAudience = z
  .object({
    /** The entry only fits people in these sectors (empty: any sector). */
    sectors: z.array(z.enum(SECTORS)).default([]),
    /** ... in these role families (empty: any). */
    families: z.array(z.enum(ROLE_FAMILIES)).default([]),
    /** ... at these seniorities (empty: any). */
    seniorities: z.array(z.enum(SENIORITIES)).default([]),
    /** ... at these career stages of seed 001 (empty: any). */
    stages: z.array(z.enum(CAREER_STAGES)).default([]),
    /** Only for people who came into the field by one of these routes (empty: anyone). */
    backgrounds: z.array(z.enum(BACKGROUNDS)).default([]),
    /** Years in the field it asks for (null: no minimum). */
    minYears: z.number().min(0).max(60).nullable().default(null),
    /** Years in the field beyond which it no longer fits (null: no maximum). */
    maxYears: z.number().min(0).max(60).nullable().default(null),
    /** It prepares for a move into these role families. */
    targetFamilies: z.array(z.enum(ROLE_FAMILIES)).default([]),
    /** It prepares for a move up to these seniorities. */
    targetSeniorities: z.array(z.enum(SENIORITIES)).default([]),
  })
  .strict();

/** Sentences the reasons add for this entry (the engine writes the first half from the profile). */
export const ZWhy = z
  .object({
    sector: ZText.optional(),
    family: ZText.optional(),
    stage: ZText.optional(),
    target: ZText.optional(),
    experience: ZText.optional(),
    country: ZText.optional(),
    progression: ZText.optional(),
  })
  .strict();

/** The person holds this qualification when they list one at this level (and, if given, in one of these subjects). */
export const ZHeldQualification = z
  .object({
    level: z.enum(QUALIFICATION_LEVELS),
    /** Words any of which the qualification's name or subject contains (case-insensitive); empty: any subject. */
    subjectWords: z.array(ZText).default([]),
  })
  .strict();

export const ZCatalogueEntry = z
  .object({
    /** Stable for ever: plans and profiles refer to it. */
    key: ZKey,
    kind: z.enum(RECOMMENDATION_KINDS),
    title: ZText.max(120, { message: 'must be at most 120 characters' }),
    summary: ZText,
    provider: ZText.nullable().default(null),
    url: z.url({ message: 'must be a web address' }).nullable().default(null),
    prerequisites: z.array(ZText).default([]),
    /** From a source only; "Varies" rather than a guess. */
    cost: ZText.nullable().default(null),
    duration: ZText.nullable().default(null),
    /** Where it applies; empty: anywhere. */
    countries: z.array(ZCountry).default([]),
    /** Listed for people in other countries too (e.g. CMALT: a UK scheme open internationally). */
    international: z.boolean().default(false),
    audience: ZAudience.default(ZAudience.parse({})),
    /** What it builds up (matched against the gaps of the person's backgrounds). */
    develops: z.array(z.enum(CAPABILITIES)).default([]),
    /** Built-in framework items it helps with (matched against the gap analysis). */
    helpsWith: z.array(ZFrameworkRef).default([]),
    why: ZWhy.default({}),
    /** Names a person may have written in their profile for it ("CMALT", "Certified Member of ALT"). */
    aliases: z.array(ZText).default([]),
    /** Not recommended when the person holds one of these (a higher step of the same ladder). */
    redundantIf: z.array(ZKey).default([]),
    /** The next step after holding one of these (gives the "progression" reason). */
    nextAfter: z.array(ZKey).default([]),
    /** For certifications that lapse: how renewal works. */
    renewal: ZText.nullable().default(null),
    /** For qualifications: what counts as already holding it. */
    heldAs: ZHeldQualification.nullable().default(null),
    /** Shown only to people whose target it serves (the hard moves: a doctorate, an academic post). */
    requiresTarget: z.boolean().default(false),
    /** Shown only to people who hold one of `nextAfter` (e.g. becoming a CMALT assessor). */
    requiresHeld: z.boolean().default(false),
    /** For conferences: the network that runs it (members are told so). */
    organiser: ZKey.nullable().default(null),
    /** The CPD log entry type it produces (CPD activities). */
    cpdType: z.enum(CPD_TYPES).nullable().default(null),
    /** Milestones a plan goal made from it starts with. */
    milestones: z.array(ZText.max(160)).max(20).default([]),
    sources: z.array(ZCatalogueSource).min(1, { message: 'give at least one source' }),
  })
  .strict();
export type TCatalogueEntryInput = z.input<typeof ZCatalogueEntry>;
export type TCatalogueEntryData = z.output<typeof ZCatalogueEntry>;

/** A per-country change to an entry: what differs there, and where that comes from. */
export const ZCatalogueOverride = z
  .object({
    key: ZKey,
    countries: z.array(ZCountry).min(1, { message: 'name at least one country' }),
    set: z
      .object({
        title: ZText.max(120),
        summary: ZText,
        provider: ZText.nullable(),
        url: z.url().nullable(),
        prerequisites: z.array(ZText),
        cost: ZText.nullable(),
        duration: ZText.nullable(),
      })
      .partial()
      .strict(),
    /** Added to the entry's sources. */
    sources: z.array(ZCatalogueSource).min(1, { message: 'give at least one source' }),
  })
  .strict();
export type TCatalogueOverrideInput = z.input<typeof ZCatalogueOverride>;
export type TCatalogueOverride = z.output<typeof ZCatalogueOverride>;

/** One file of the catalogue: its entries and its per-country overrides. */
export interface CatalogueFile {
  /** For error messages: "certifications", "local/ca". */
  name: string;
  entries: TCatalogueEntryInput[];
  overrides?: TCatalogueOverrideInput[];
}

/** A framework reference once checked against the built-in framework data. */
export interface ResolvedItem {
  framework: string;
  /** The item's key in the built-in data and its code (null when it has none). */
  key: string;
  code: string | null;
  title: string;
  /** The item's id in every database (built-in ids are fixed). */
  itemId: string;
  /** The ids of the item and all its ancestors and descendants: a gap on any of them is related. */
  relatedIds: Set<string>;
}

export interface CatalogueEntry extends TCatalogueEntryData {
  items: ResolvedItem[];
}

export interface Catalogue {
  entries: CatalogueEntry[];
  overrides: TCatalogueOverride[];
}

export type {
  TBackground,
  TCareerStage,
  TCatalogueSource,
  TRecommendationKind,
  TRoleFamily,
  TSector,
  TSeniority,
};
