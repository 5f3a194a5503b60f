/*
 * Normalisation of job titles: splitting off context (parentheses, text after a comma, a
 * spaced dash, "at Employer") and turning the rest into lower-case word tokens with spelling
 * variants folded (e-learning → elearning, programme → program, Snr → senior, ...).
 */

/** Single tokens rewritten to one or more canonical tokens. */
const TOKEN_MAP: Record<string, string[]> = {
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
const MERGE: Record<string, Record<string, string>> = {
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

/** The characters that may not appear in a token: anything but letters and digits. */
const SPLIT = /[^\p{L}\p{N}]+/u;

/** Lower-case word tokens with spelling variants folded. */
export function tokenize(text: string): string[] {
  const raw = text
    .replace(/\b([a-z])([A-Z][a-z])/g, '$1 $2') // eLearning → e Learning, then merged back
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(SPLIT);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as string;
    if (t === '') continue;
    const next = raw[i + 1];
    if (next !== undefined) {
      const m = MERGE[t]?.[next];
      if (m !== undefined) {
        if (m === 'team lead' || m === 'team leader' || m === 'head teacher') {
          out.push(...m.split(' '));
        } else out.push(m);
        i++;
        continue;
      }
    }
    const mapped = TOKEN_MAP[t];
    if (mapped !== undefined) out.push(...mapped);
    else out.push(t);
  }
  // "l and d" (L&D) → "ld"; "t and l" (T&L) stays as three tokens, handled by phrases.
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
export function segment(title: string): Segments {
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
