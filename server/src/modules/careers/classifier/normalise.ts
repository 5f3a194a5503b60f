/*
 * Normalisation of job titles: splitting off context (parentheses, text after a comma, a
 * spaced dash, "at Employer") and turning the rest into lower-case word tokens with spelling
 * variants folded (e-learning → elearning, programme → program, Snr → senior, ...).
 */

/** Single tokens rewritten to one or more canonical tokens. */
const TOKEN_MAP_ENTRIES: Record<string, string[]> = {
  programme: ['program'],
  programmes: ['program'],
  programs: ['program'],
  centre: ['center'],
  centres: ['center'],
  organisation: ['organization'],
  organisational: ['organizational'],
  advisor: ['adviser'],
  advisers: ['adviser'],
  advisors: ['adviser'],
  snr: ['senior'],
  sr: ['senior'],
  sen: ['senior'],
  senr: ['senior'],
  jr: ['junior'],
  jnr: ['junior'],
  mgr: ['manager'],
  asst: ['assistant'],
  assoc: ['associate'],
  prof: ['professor'],
  coord: ['coordinator'],
  coordinater: ['coordinator'],
  coordinators: ['coordinator'],
  mgmt: ['management'],
  chairperson: ['chair'],
  chairman: ['chair'],
  chairwoman: ['chair'],
  dept: ['department'],
  uni: ['university'],
  tech: ['technology'],
  technologies: ['technology'],
  technologists: ['technologist'],
  designers: ['designer'],
  developers: ['developer'],
  lecturers: ['lecturer'],
  specialists: ['specialist'],
  officers: ['officer'],
  trainers: ['trainer'],
  managers: ['manager'],
  elearn: ['elearning'],
  vp: ['vice', 'president'],
  avp: ['assistant', 'vice', 'president'],
  svp: ['senior', 'vice', 'president'],
  evp: ['executive', 'vice', 'president'],
  pvc: ['pro', 'vice', 'chancellor'],
  dvc: ['deputy', 'vice', 'chancellor'],
  vc: ['vice', 'chancellor'],
  ceo: ['chief', 'executive'],
  cio: ['chief', 'information', 'officer'],
  cto: ['chief', 'technology', 'officer'],
  clo: ['chief', 'learning', 'officer'],
  cdo: ['chief', 'digital', 'officer'],
  coo: ['chief', 'operating', 'officer'],
  hod: ['head', 'of', 'department'],
  headteacher: ['head', 'teacher'],
  headmaster: ['head', 'teacher'],
  headmistress: ['head', 'teacher'],
  postdoc: ['postdoctoral', 'researcher'],
  postdoctoral: ['postdoctoral'],
  lx: ['learning', 'experience'],
  lxd: ['learning', 'experience', 'designer'],
  av: ['audio', 'visual'],
  audiovisual: ['audio', 'visual'],
};

/** Pairs of adjacent tokens merged into one (after hyphens and spaces were split). */
const MERGE_ENTRIES: Record<string, Record<string, string>> = {
  e: {
    learning: 'elearning',
    learn: 'elearning',
    tutor: 'etutor',
    assessment: 'eassessment',
    portfolio: 'eportfolio',
    resources: 'eresources',
    library: 'elibrary',
  },
  m: { learning: 'mlearning' },
  ed: { tech: 'edtech', technology: 'edtech' },
  edu: { tech: 'edtech', technology: 'edtech' },
  on: { line: 'online' },
  co: { ordinator: 'coordinator', ordinating: 'coordinating', ordination: 'coordination' },
  multi: { media: 'multimedia' },
  web: { master: 'webmaster' },
  post: { doctoral: 'postdoctoral', doc: 'postdoctoral', graduate: 'postgraduate' },
  under: { graduate: 'undergraduate' },
  team: { lead: 'team lead', leader: 'team leader' },
  head: { teacher: 'head teacher' },
};

// Maps, not objects: a title may contain any word, "constructor" included.
const TOKEN_MAP = new Map(Object.entries(TOKEN_MAP_ENTRIES));
const MERGE = new Map(
  Object.entries(MERGE_ENTRIES).map(([k, v]) => [k, new Map(Object.entries(v))] as const),
);

const LETTER = /[\p{L}\p{N}]/u;

const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** What a word becomes: merged with the next word, or rewritten, or kept. */
type Normal = { merge: Map<string, string> | undefined; map: string[] | undefined };
const NORMAL = new Map<string, Normal>();
for (const [k, v] of TOKEN_MAP) NORMAL.set(k, { merge: undefined, map: v });
for (const [k, v] of MERGE) {
  const n = NORMAL.get(k);
  if (n) n.merge = v;
  else NORMAL.set(k, { merge: v, map: undefined });
}

/** Adds a finished word to the tokens, merging it with a waiting word ("e" + "learning"). */
function emit(out: string[], word: string): void {
  const waiting = pending;
  pending = undefined;
  if (waiting !== undefined) {
    const m = waiting.merge?.get(word);
    if (m !== undefined) {
      if (m === 'team lead' || m === 'team leader' || m === 'head teacher') {
        const sp = m.indexOf(' ');
        out.push(m.slice(0, sp), m.slice(sp + 1));
      } else out.push(m);
      return;
    }
    flush(out, waiting, pendingWord);
  }
  const n = NORMAL.get(word);
  if (n === undefined) {
    out.push(word);
    return;
  }
  if (n.merge !== undefined) {
    pending = n;
    pendingWord = word;
    return;
  }
  flush(out, n, word);
}

function flush(out: string[], n: Normal, word: string): void {
  if (n.map === undefined) out.push(word);
  else for (const x of n.map) out.push(x);
}

// The word waiting for the next one in case they merge (module state: no allocation per call).
let pending: Normal | undefined;
let pendingWord = '';

/**
 * Lower-case word tokens with spelling variants folded, in one pass over the text: "&" becomes
 * "and", "/" and "+" become "/" (a separator between roles), "eLearning" splits into "e" and
 * "learning" and then merges into "elearning".
 */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  pending = undefined;
  const n = lower.length;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const ch = lower.charCodeAt(i);
    let word = isAsciiWord(ch);
    if (!word && ch > 127) word = LETTER.test(lower[i] as string);
    if (word) {
      if (start < 0) start = i;
      // "eLearning", "mLearning", "ePortfolio": a lone lower-case prefix before a capitalised word.
      else if (i === start + 1) {
        const orig = text.charCodeAt(i);
        if (orig >= 65 && orig <= 90) {
          const prev = text.charCodeAt(start);
          const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
          if (prev >= 97 && prev <= 122 && next >= 97 && next <= 122) {
            emit(out, lower.slice(start, i));
            start = i;
          }
        }
      }
      continue;
    }
    if (start >= 0) {
      emit(out, lower.slice(start, i));
      start = -1;
    }
    if (ch === 38) emit(out, 'and');
    else if (ch === 47 || ch === 43) emit(out, '/');
  }
  if (start >= 0) emit(out, lower.slice(start));
  if (pending !== undefined) {
    flush(out, pending, pendingWord);
    pending = undefined;
  }
  return out;
}

export type Segments = {
  /** The role part: the title before any context. */
  core: string;
  /** Context: parentheses, text after a comma, a spaced dash, ":" or "at". */
  context: string[];
};

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12 || c === 11;
}

/** " at " or " with " (any case) starts at i, the space before it: its length, else 0. */
function joinWordAt(t: string, i: number): number {
  let j = i + 1;
  const n = t.length;
  while (j < n && isSpace(t.charCodeAt(j))) j++;
  const a = t.charCodeAt(j) | 32;
  let end = 0;
  if (a === 97 && (t.charCodeAt(j + 1) | 32) === 116)
    end = j + 2; // at
  else if (
    a === 119 &&
    (t.charCodeAt(j + 1) | 32) === 105 &&
    (t.charCodeAt(j + 2) | 32) === 116 &&
    (t.charCodeAt(j + 3) | 32) === 104
  )
    end = j + 4; // with
  if (end === 0 || end >= n || !isSpace(t.charCodeAt(end))) return 0;
  return end - i;
}

function piece(out: string[], t: string, from: number, to: number): void {
  const p = t.slice(from, to).trim();
  if (p !== '') out.push(p);
}

/**
 * Splits a title into its role part and context parts, in one scan: text in parentheses or
 * brackets, after a comma, a spaced dash (" - ", "–", "—"), " | ", " @ ", ": ", "; ", " at " or
 * " with " is context.
 */
export function segment(title: string): Segments {
  const pieces: string[] = [];
  const inParens: string[] = [];
  const n = title.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = title.charCodeAt(i);
    if (c === 40 || c === 91) {
      // ( or [: to the first ) or ], or the end.
      piece(pieces, title, start, i);
      let j = i + 1;
      while (j < n) {
        const d = title.charCodeAt(j);
        if (d === 41 || d === 93) break;
        j++;
      }
      piece(inParens, title, i + 1, j);
      i = j;
      start = j + 1;
      continue;
    }
    let cut = 0;
    if (c === 44) cut = 1;
    else if (c === 8211 || c === 8212) {
      if (
        (i > 0 && isSpace(title.charCodeAt(i - 1))) ||
        (i + 1 < n && isSpace(title.charCodeAt(i + 1)))
      )
        cut = 1;
    } else if (c === 45 || c === 124 || c === 64) {
      if (
        i > 0 &&
        i + 1 < n &&
        isSpace(title.charCodeAt(i - 1)) &&
        isSpace(title.charCodeAt(i + 1))
      )
        cut = 1;
    } else if (c === 58 || c === 59) {
      if (i + 1 < n && isSpace(title.charCodeAt(i + 1))) cut = 1;
    } else if (isSpace(c)) cut = joinWordAt(title, i);
    if (cut > 0) {
      piece(pieces, title, start, i);
      i += cut - 1;
      start = i + 1;
    }
  }
  // Nothing split off: the whole title is the role part (no copy made).
  if (start === 0 && inParens.length === 0) return { core: title, context: pieces };
  if (start < n) piece(pieces, title, start, n);
  const core = pieces.shift() ?? inParens.shift() ?? '';
  for (const p of inParens) pieces.push(p);
  return { core, context: pieces };
}
