import {
  TITLE_GROUPS as TITLE_GROUPS_,
  type TTitleGroup,
  type TTitleGroupScheme,
} from '../../../../../contracts/classifier';
import { tokenize } from './normalise';

// A local binding: some module loaders turn every use of an imported name into a getter call.
const TITLE_GROUPS = TITLE_GROUPS_;

/**
 * Seed 000's four non-exclusive survey groups as an editable keyword scheme. A group matches a
 * title when one of its keywords occurs in the title's words and that occurrence is not part of
 * one of the group's exceptions ("technologist" is another technologist, except inside
 * "learning technologist").
 */
export const DEFAULT_TITLE_GROUP_SCHEME: TTitleGroupScheme = {
  'learning-technologist': {
    keywords: [
      'learning technologist',
      'e-learning technologist',
      'learning technology officer',
      'learning technology adviser',
    ],
    excludes: ['digital learning technologist'],
  },
  'other-technologist': {
    keywords: ['technologist', 'digital learning technologist'],
    excludes: ['learning technologist', 'e-learning technologist'],
  },
  technology: {
    keywords: ['technology', 'TEL', 'technology-enhanced learning', 'edtech', 'ILT'],
    excludes: [],
  },
  'learning-teaching-education': {
    keywords: [
      'learning',
      'e-learning',
      'learner',
      'teaching',
      'teacher',
      'education',
      'educational',
      'educator',
      'pedagogy',
      'pedagogical',
      'TEL',
    ],
    excludes: [],
  },
};

type Phrase = { words: string[]; group: number; exclude: boolean };

/** A scheme prepared for matching: phrases indexed by their first word. */
export type CompiledScheme = Map<string, Phrase[]>;

export function compileScheme(scheme: TTitleGroupScheme): CompiledScheme {
  const index: CompiledScheme = new Map();
  TITLE_GROUPS.forEach((g, group) => {
    const rule = scheme[g];
    const add = (text: string, exclude: boolean) => {
      const words = tokenize(text);
      const first = words[0];
      if (first === undefined) return;
      const list = index.get(first) ?? [];
      list.push({ words, group, exclude });
      index.set(first, list);
    };
    for (const k of rule.keywords) add(k, false);
    for (const k of rule.excludes ?? []) add(k, true);
  });
  return index;
}

export const DEFAULT_COMPILED = compileScheme(DEFAULT_TITLE_GROUP_SCHEME);

const cache = new WeakMap<TTitleGroupScheme, CompiledScheme>();
export function compiled(scheme: TTitleGroupScheme | undefined): CompiledScheme {
  if (!scheme || scheme === DEFAULT_TITLE_GROUP_SCHEME) return DEFAULT_COMPILED;
  let c = cache.get(scheme);
  if (!c) {
    c = compileScheme(scheme);
    cache.set(scheme, c);
  }
  return c;
}

type Hit = { group: number; start: number; end: number; exclude: boolean; words: string[] };

/** The groups of a title's words, with the keyword that put it in each group. */
export function matchGroups(
  tokens: string[],
  scheme: CompiledScheme,
): { group: TTitleGroup; phrase: string }[] {
  // Occurrences of keywords and exceptions, [start, end) in the words.
  let hits: Hit[] | null = null;
  let anyExclude = false;
  for (let i = 0; i < tokens.length; i++) {
    const list = scheme.get(tokens[i] as string);
    if (list === undefined) continue;
    for (const p of list) {
      const n = p.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let j = 1; j < n; j++) {
        if (tokens[i + j] !== p.words[j]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (p.exclude) anyExclude = true;
      if (hits === null) hits = [];
      hits.push({
        group: p.group,
        start: i,
        end: i + n,
        exclude: p.exclude,
        words: p.words,
      });
    }
  }
  const out: { group: TTitleGroup; phrase: string }[] = [];
  if (hits === null) return out;
  for (let g = 0; g < TITLE_GROUPS.length; g++) {
    for (const h of hits) {
      if (h.group !== g || h.exclude) continue;
      const covered =
        anyExclude &&
        hits.some((x) => x.group === g && x.exclude && x.start <= h.start && x.end >= h.end);
      if (!covered) {
        out.push({ group: TITLE_GROUPS[g] as TTitleGroup, phrase: h.words.join(' ') });
        break;
      }
    }
  }
  return out;
}
