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

/** Splits text into lower-case words; "&" becomes "and", "/" and "+" become "/" (a role separator). */
function words(text: string): string[] {
  const lower = text.toLowerCase();
  const raw: string[] = [];
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
            raw.push(lower.slice(start, i));
            start = i;
          }
        }
      }
      continue;
    }
    if (start >= 0) {
      raw.push(lower.slice(start, i));
      start = -1;
    }
    if (ch === 38) raw.push('and');
    else if (ch === 47 || ch === 43) raw.push('/');
  }
  if (start >= 0) raw.push(lower.slice(start));
  return raw;
}

/** Lower-case word tokens with spelling variants folded; "/" marks a separator between roles. */
export function tokenize(text: string): string[] {
  const raw = words(text);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as string;
    const next = raw[i + 1];
    if (next !== undefined) {
      const m = MERGE.get(t)?.get(next);
      if (m !== undefined) {
        if (m === 'team lead' || m === 'team leader' || m === 'head teacher') {
          out.push(...m.split(' '));
        } else out.push(m);
        i++;
        continue;
      }
    }
    const mapped = TOKEN_MAP.get(t);
    if (mapped !== undefined) {
      for (const x of mapped) out.push(x);
    } else out.push(t);
  }
  return out;
}

const SPACED_DASH = /\s[-–—]\s|\s[–—]|[–—]\s|\s\|\s|\s@\s|:\s|;\s/;
const AT = /\s+(?:at|with)\s+/i;

export type Segments = {
  /** The role part: the title before any context. */
  core: string;
  /** Context: parentheses, text after a comma, a spaced dash, ":" or "at". */
  context: string[];
};

/** Splits a title into its role part and context parts. */
const MAYBE_CONTEXT = /[([,:;|@\u2013\u2014]|\s-\s|\sat\s|\swith\s/i;

export function segment(title: string): Segments {
  if (!MAYBE_CONTEXT.test(title)) return { core: title, context: [] };
  const context: string[] = [];
  let rest = title;
  if (rest.includes('(') || rest.includes('[')) {
    rest = rest.replace(/[([]([^)\]]*)[)\]]?/g, (_m, inner: string) => {
      if (inner.trim()) context.push(inner);
      return ' , ';
    });
  }
  const parts = rest.split(',');
  const pieces: string[] = [];
  for (const p of parts) {
    for (const q of p.split(SPACED_DASH)) {
      const at = q.split(AT);
      for (const r of at) if (r.trim()) pieces.push(r);
    }
  }
  const core = pieces.shift() ?? context.shift() ?? '';
  return { core, context: [...pieces, ...context] };
}
