import {
  STAGE_OF_SENIORITY as STAGE_OF_SENIORITY_,
  TITLE_MAX_LENGTH as TITLE_MAX_LENGTH_,
  type TRoleFamily,
  type TSeniority,
  type TTitleClassification,
  type TTitleCue,
  type TTitleError,
  type TTitleGroupScheme,
} from '../../../../../contracts/classifier';
import * as cueTables from './cues';
import type { DomainCue, HeadKind, IndexedPhrase } from './cues';
import * as groupsModule from './groups';
import { DEFAULT_TITLE_GROUP_SCHEME } from './groups';
import * as normaliseModule from './normalise';

// Local bindings of the imported tables: some module loaders turn every use of an imported
// name into a getter call, which costs in the inner loops.
const STAGE_OF_SENIORITY = STAGE_OF_SENIORITY_;
const TITLE_MAX_LENGTH = TITLE_MAX_LENGTH_;
const {
  ASSISTANT_NOT_ENTRY,
  DOMAIN_INDEX,
  EMPLOYER_WORDS,
  GRADUATE_NOT_ENTRY,
  HEADS,
  MANAGER_OF_WORK,
  SENIOR_MANAGEMENT_INDEX,
  SENIORITY_RANK,
  STUDENT_ENTRY_HEADS,
} = cueTables;
const { compiled, matchGroups } = groupsModule;
const { segment, tokenize } = normaliseModule;

export { DEFAULT_TITLE_GROUP_SCHEME };

/*
 * The job-title classifier (product.md module 5): pure, deterministic, no I/O. See
 * docs/classifier.md for the method, the cue tables and the evaluation.
 */

const DEFAULT_FAMILY: TRoleFamily = 'learning-technologist';
const AUDIO_VISUAL = new Set(['audio', 'visual']);

type RoleResult = {
  text: string;
  tokens: string[];
  family: TRoleFamily | null;
  /** The family the role noun implies when no word says more. */
  fallback: { word: string; family: TRoleFamily } | null;
  seniority: TSeniority;
  cues: TTitleCue[];
};

/** true when the phrase's words follow at position i (its first word is tokens[i]). */
function matchesAt<T>(tokens: string[], i: number, p: IndexedPhrase<T>): boolean {
  const n = p.words.length;
  if (i + n > tokens.length) return false;
  for (let j = 1; j < n; j++) if (tokens[i + j] !== p.words[j]) return false;
  return true;
}

/**
 * The heaviest domain phrase among the words (the earliest on a tie), or null. Two word-level
 * rules: coordinated modifiers share their noun ("Instructional and Informational Technology"
 * also reads as "instructional technology"), and a support or systems phrase that begins
 * inside a learning-technology phrase is about supporting it ("Technology Enhanced Learning
 * Support", "Learning Technology Support").
 */
function bestDomain(tokens: string[]): IndexedPhrase<DomainCue> | null {
  let best: IndexedPhrase<DomainCue> | null = null;
  let techEnd = 0; // end of the last learning-technology phrase of two words or more
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const list = DOMAIN_INDEX.get(tokens[i] as string);
    if (list === undefined) continue;
    for (const p of list) {
      const cue = p.value;
      if (
        best !== null &&
        cue.weight <= best.value.weight &&
        cue.family !== 'learning-technologist'
      )
        continue;
      if (!matchesAt(tokens, i, p)) continue;
      if (cue.family === 'learning-technologist') {
        if (p.words.length > 1 && i + p.words.length > techEnd) techEnd = i + p.words.length;
      } else if (
        i < techEnd &&
        (cue.family === 'learning-support' || cue.family === 'technical-specialist')
      )
        continue;
      if (best === null || cue.weight > best.value.weight) best = p;
    }
    // "A and B C": A shares the noun C ("Instructional and Informational Technology").
    if (tokens[i + 1] === 'and' && i + 3 < n) {
      const noun = tokens[i + 3];
      for (const p of list)
        if (
          p.words.length === 2 &&
          p.words[1] === noun &&
          (best === null || p.value.weight > best.value.weight)
        )
          best = p;
    }
  }
  return best;
}

/** The first of the words that is in the set ("learning" of "Digital Learning Designer"). */
function firstOf(tokens: string[], words: ReadonlySet<string>): string {
  for (const t of tokens) if (words.has(t)) return t;
  return '';
}

/** "learning design" + "lead" → "learning design lead"; "academic developer" + "developer" stays. */
function joinPhrase(phrase: string, word: string): string {
  return phrase === word || phrase.endsWith(` ${word}`) ? phrase : `${phrase} ${word}`;
}

function hasAny(tokens: string[], words: ReadonlySet<string>): boolean {
  for (const t of tokens) if (words.has(t)) return true;
  return false;
}

const DESIGN_LEARNING = new Set([
  'learning',
  'instructional',
  'educational',
  'education',
  'curriculum',
  'course',
  'elearning',
  'online',
  'experience',
  'teaching',
  'academic',
  'blended',
  'program',
  'assessment',
  'module',
  'lx',
  'training',
]);
const DESIGN_MEDIA = new Set([
  'graphic',
  'multimedia',
  'web',
  'visual',
  'ux',
  'ui',
  'media',
  'motion',
  'video',
  'animation',
  'digital',
  'print',
  'interaction',
  'product',
  'game',
  'games',
  'sound',
  'content',
  'interface',
  'user',
  'graphics',
]);
const DEV_TECH = new Set([
  'software',
  'web',
  'moodle',
  'application',
  'applications',
  'systems',
  'system',
  'lms',
  'vle',
  'frontend',
  'front',
  'backend',
  'back',
  'stack',
  'php',
  'java',
  'net',
  'database',
  'integration',
  'mobile',
  'app',
  'blackboard',
  'canvas',
  'totara',
  'salesforce',
  'wordpress',
  'drupal',
  'python',
  'ios',
  'android',
  'it',
  'platform',
  'ict',
  'data',
  'technology',
]);
const DEV_DESIGN = new Set(['instructional', 'curriculum', 'course', 'experience']);
const WRITER_DESIGN = new Set(['curriculum', 'instructional', 'course', 'courseware', 'learning']);
const TEACHER_SUPPORT = new Set([
  'mentor',
  'helping',
  'support',
  'coach',
  'integration',
  'lead',
  'resource',
]);
const TEACHER_TECH = new Set([
  'technology',
  'computer',
  'computers',
  'ict',
  'digital',
  'elearning',
]);
const DEV_EDU = new Set([
  'academic',
  'educational',
  'education',
  'faculty',
  'staff',
  'teaching',
  'professional',
  'pedagogic',
  'pedagogical',
]);
const DEV_CONTENT = new Set([
  'elearning',
  'multimedia',
  'content',
  'media',
  'materials',
  'resource',
  'resources',
  'video',
  'courseware',
  'digital',
  'online',
  'module',
  'interactive',
  'storyline',
  'articulate',
  'courses',
  'training',
]);
const SUPPORT_DOMAINS = new Set([
  'online',
  'distance',
  'program',
  'course',
  'student',
  'students',
  'flexible',
]);
/** A school's computer, IT or ICT coordinator leads its use in teaching (a learning technologist). */
const SCHOOL_TECH_COORDINATION = new Set(['computer', 'computers', 'it', 'ict']);
/** ...but not when the coordination is of IT services themselves ("IT Accessibility Coordinator"). */
const IT_SERVICE_WORDS = new Set([
  'accessibility',
  'support',
  'network',
  'networks',
  'systems',
  'services',
  'infrastructure',
  'data',
  'security',
]);
/** A school or district "media" specialist or coordinator runs the library media centre. */
const SCHOOL_MEDIA = new Set(['school', 'district', 'elementary', 'k', 'library']);
const TECH_HEAD_DOMAINS = new Set([
  'vle',
  'lms',
  'mle',
  'moodle',
  'blackboard',
  'canvas',
  'platform',
]);

/** Records the words that decided the family. */
function say(cues: TTitleCue[], phrase: string, value: TRoleFamily): TRoleFamily {
  cues.push({ phrase, field: 'family', value });
  return value;
}

/** Family from the head noun and the domain words of one role. */
function familyOf(
  tokens: string[],
  head: { word: string; kind: HeadKind } | null,
  cues: TTitleCue[],
): TRoleFamily | null {
  const found = bestDomain(tokens);
  if (head) {
    const w = head.word;
    switch (head.kind) {
      case 'academic': {
        const b = found;
        if ((w === 'tutor' || w === 'teacher') && b?.value.family === 'digital-capability')
          return say(cues, joinPhrase(b.phrase, w), 'digital-capability');
        if (w === 'teacher' || w === 'tutor' || w === 'instructor') {
          if (b?.value.family === 'trainer') return say(cues, joinPhrase(b.phrase, w), 'trainer');
        }
        // "Technology Mentor Teacher": a teacher who supports others with technology.
        if ((w === 'teacher' || w === 'tutor') && hasAny(tokens, TEACHER_SUPPORT)) {
          const tech = firstOf(tokens, TEACHER_TECH);
          if (tech !== '')
            return say(
              cues,
              `${tech} ${firstOf(tokens, TEACHER_SUPPORT)} ${w}`,
              'learning-technologist',
            );
        }
        return say(cues, w, 'academic');
      }
      case 'technologist':
        if (hasAny(tokens, AUDIO_VISUAL))
          return say(cues, `audio visual ${w}`, 'technical-specialist');
        return say(cues, w, 'learning-technologist');
      case 'designer': {
        if (hasAny(tokens, DESIGN_LEARNING))
          return say(cues, `${firstOf(tokens, DESIGN_LEARNING)} ${w}`, 'learning-designer');
        if (hasAny(tokens, DESIGN_MEDIA))
          return say(cues, `${firstOf(tokens, DESIGN_MEDIA)} ${w}`, 'content-producer');
        return say(cues, w, 'learning-designer');
      }
      case 'developer': {
        const b = found;
        if (b?.value.family === 'digital-capability')
          return say(cues, b.phrase, 'digital-capability');
        if (hasAny(tokens, DEV_TECH))
          return say(cues, `${firstOf(tokens, DEV_TECH)} ${w}`, 'technical-specialist');
        if (
          b &&
          (b.value.family === 'educational-developer' || b.value.family === 'trainer') &&
          b.value.weight >= 4
        )
          return say(cues, joinPhrase(b.phrase, w), b.value.family);
        if (hasAny(tokens, DEV_DESIGN) && !hasAny(tokens, DEV_CONTENT))
          return say(cues, `${firstOf(tokens, DEV_DESIGN)} ${w}`, 'learning-designer');
        if (hasAny(tokens, DEV_EDU) && !hasAny(tokens, DEV_CONTENT))
          return say(cues, `${firstOf(tokens, DEV_EDU)} ${w}`, 'educational-developer');
        if (hasAny(tokens, DEV_CONTENT))
          return say(cues, `${firstOf(tokens, DEV_CONTENT)} ${w}`, 'content-producer');
        if (tokens.includes('learning')) return say(cues, `learning ${w}`, 'educational-developer');
        if (tokens.includes('curriculum')) return say(cues, `curriculum ${w}`, 'learning-designer');
        return say(cues, w, 'technical-specialist');
      }
      case 'producer':
        // "Curriculum Writer", "Instructional Writer": writing courses is learning design.
        if ((w === 'writer' || w === 'author') && hasAny(tokens, WRITER_DESIGN))
          return say(cues, `${firstOf(tokens, WRITER_DESIGN)} ${w}`, 'learning-designer');
        return say(cues, w, 'content-producer');
      case 'researcher':
        return say(cues, w, 'researcher');
      case 'trainer': {
        const b = found;
        if (b?.value.family === 'digital-capability')
          return say(cues, b.phrase, 'digital-capability');
        return say(cues, w, 'trainer');
      }
      default: {
        const b = found;
        if (b) {
          if (head.kind === 'support' && b.value.weight <= 2 && hasAny(tokens, SUPPORT_DOMAINS))
            return say(cues, joinPhrase(b.phrase, w), 'learning-support');
          if (
            w === 'administrator' &&
            b.value.family === 'learning-technologist' &&
            b.value.weight <= 2
          )
            return say(cues, joinPhrase(b.phrase, w), 'technical-specialist');
          if (
            b.value.family === 'educational-developer' &&
            (b.phrase === 'learning and teaching' || b.phrase === 'teaching and learning') &&
            tokens.includes('technology')
          )
            return say(cues, `${b.phrase} technology`, 'learning-technologist');
          if (
            (head.kind === 'technical' || w === 'administrator' || w === 'support') &&
            hasAny(tokens, TECH_HEAD_DOMAINS)
          )
            return say(cues, joinPhrase(b.phrase, w), 'technical-specialist');
          if (head.kind === 'technical' && b.value.weight <= 1)
            return say(cues, w, 'technical-specialist');
          // A technician is technical whatever the setting ("Simulation Technician",
          // "Digital Support Technician"), unless the work is media or training itself.
          if (w === 'technician' && b.value.weight <= 3 && b.value.family !== 'content-producer')
            return say(cues, joinPhrase(b.phrase, w), 'technical-specialist');
          if (
            w === 'coordinator' &&
            SCHOOL_TECH_COORDINATION.has(b.phrase) &&
            !hasAny(tokens, IT_SERVICE_WORDS)
          )
            return say(cues, joinPhrase(b.phrase, w), 'learning-technologist');
          if (b.phrase === 'media' && hasAny(tokens, SCHOOL_MEDIA))
            return say(cues, `${firstOf(tokens, SCHOOL_MEDIA)} media ${w}`, 'learning-support');
          if (
            head.kind === 'support' &&
            b.value.weight <= 1 &&
            (b.value.family !== 'educational-developer' || w === 'administrator')
          )
            return say(cues, w, 'learning-support');
          // A coach of teachers is an educational developer unless the coaching is about technology.
          if (w === 'coach' && b.value.weight <= 1) return say(cues, w, 'educational-developer');
          if (w === 'fellow' && b.value.weight <= 1) return say(cues, w, 'academic');
          return say(cues, b.phrase, b.value.family);
        }
        // A bare role noun: decided later, after the context had its say (headDefault).
        return null;
      }
    }
  }
  const b = found;
  if (b) {
    if (
      b.value.family === 'educational-developer' &&
      (b.phrase === 'learning and teaching' || b.phrase === 'teaching and learning') &&
      tokens.includes('technology')
    )
      return say(cues, `${b.phrase} technology`, 'learning-technologist');
    return say(cues, b.phrase, b.value.family);
  }
  return null;
}

/** The family a role noun implies on its own ("Analyst", "Coordinator", "Fellow"). */
function headDefault(head: { word: string; kind: HeadKind } | null): TRoleFamily | null {
  if (!head) return null;
  if (head.kind === 'technical') return 'technical-specialist';
  if (head.kind === 'support') return 'learning-support';
  if (head.word === 'fellow') return 'researcher';
  if (head.word === 'coach') return 'educational-developer';
  return null;
}

/** The role noun: the first one followed by "of/in/for", else the last one. */
function headOf(tokens: string[]): { word: string; kind: HeadKind; at: number } | null {
  let last: { word: string; kind: HeadKind; at: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const kind = HEADS.get(t);
    if (kind === undefined) continue;
    // "Principal Lecturer": an adjective; "Lead Learning Designer": an adjective.
    const next = tokens[i + 1];
    if (
      (t === 'lead' || t === 'head' || t === 'chair') &&
      next !== undefined &&
      HEADS.get(next) === undefined
    ) {
      if (next === 'of' || next === 'for' || next === 'in' || next === 'and') {
        return { word: t, kind, at: i };
      }
      if (t === 'lead') continue; // "Lead Learning Technologist"
    }
    if (t === 'reader' && i < tokens.length - 1 && next !== 'in' && next !== 'of') continue;
    if (t === 'academic' && i < tokens.length - 1 && next !== 'and') continue;
    if (t === 'faculty' && i < tokens.length - 1 && next !== 'member') continue;
    if (
      t === 'assistant' &&
      next !== undefined &&
      (HEADS.get(next) !== undefined || ASSISTANT_NOT_ENTRY.has(next))
    )
      continue;
    if (
      (t === 'trainee' || t === 'apprentice' || t === 'intern' || t === 'associate') &&
      next !== undefined
    )
      continue;
    if (t === 'executive' && next !== undefined && next !== 'of' && next !== 'for') continue;
    if (t === 'head' && next === 'teacher') continue;
    if (t === 'teacher' && tokens[i - 1] === 'head') continue;
    if (next === 'of' || next === 'in' || next === 'for') {
      if (t !== 'assistant' || last === null) return { word: t, kind, at: i };
    }
    last = { word: t, kind, at: i };
  }
  return last;
}

/** Seniority of one role, with the words that decided it. */
/** Every word seniorityOf looks at; other words are skipped at once. */
const SENIORITY_TRIGGERS = new Set([
  'head',
  'director',
  'chief',
  'directorate',
  'manager',
  'senior',
  'lead',
  'leader',
  'supervisor',
  'principal',
  'professor',
  'reader',
  'chair',
  'executive',
  'junior',
  'trainee',
  'apprentice',
  'apprenticeship',
  'intern',
  'internship',
  'placement',
  'entry',
  'assistant',
  'graduate',
  'student',
  'phd',
  'doctoral',
]);

// The seniority found so far by seniorityOf (module state rather than a closure per call: faster).
let level: TSeniority = 'practitioner';
let levelPhrase = '';
function raise(to: TSeniority, p: string): void {
  if (SENIORITY_RANK[to] > SENIORITY_RANK[level]) {
    level = to;
    levelPhrase = p;
  }
}

function seniorityOf(tokens: string[], cues: TTitleCue[], isSeniorManagement: boolean): TSeniority {
  level = 'practitioner';
  levelPhrase = '';
  if (isSeniorManagement) raise('leadership', 'senior-management post');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!SENIORITY_TRIGGERS.has(t)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    switch (t) {
      case 'head':
        if (next !== 'teacher') raise('leadership', t);
        break;
      case 'director':
      case 'chief':
      case 'directorate':
        raise('leadership', t);
        break;
      case 'manager':
        if (prev === 'assistant') raise('senior', 'assistant manager');
        else if (prev === 'program') raise('senior', 'program manager');
        else if (prev !== undefined && MANAGER_OF_WORK.has(prev)) {
          /* a manager of work, not of a team: practitioner */
        } else raise('leadership', t);
        break;
      case 'senior':
      case 'lead':
      case 'leader':
      case 'supervisor':
        raise('senior', t);
        break;
      case 'principal':
        raise('senior', t);
        break;
      case 'professor':
        if (prev !== 'assistant') raise('senior', prev === 'associate' ? 'associate professor' : t);
        break;
      case 'reader':
        raise('senior', t);
        break;
      case 'chair':
        if (prev === 'department' || prev === 'division') raise('leadership', `${prev} chair`);
        else raise('senior', t);
        break;
      case 'executive':
        if (next === 'producer' || next === 'director' || next === 'dean' || next === 'editor')
          raise('leadership', `${t} ${next}`);
        break;
      case 'junior':
      case 'trainee':
      case 'apprentice':
      case 'apprenticeship':
      case 'intern':
      case 'internship':
      case 'placement':
      case 'entry':
        raise('entry', t);
        break;
      case 'assistant':
        if (next === undefined || !ASSISTANT_NOT_ENTRY.has(next)) raise('entry', t);
        break;
      case 'graduate':
        if (next !== undefined && !GRADUATE_NOT_ENTRY.has(next)) raise('entry', t);
        break;
      case 'student':
        if (next === undefined || STUDENT_ENTRY_HEADS.has(next)) raise('entry', t);
        break;
      case 'phd':
      case 'doctoral':
        if (next === 'student' || next === 'candidate' || next === 'researcher')
          raise('entry', `${t} ${next}`);
        break;
    }
  }
  if (levelPhrase) cues.push({ phrase: levelPhrase, field: 'seniority', value: level });
  return level;
}

/** "Campus Principal", "High School Principal": the principal of a place is its head. */
const SCHOOL_PLACES = new Set([
  'campus',
  'school',
  'college',
  'elementary',
  'primary',
  'secondary',
  'middle',
  'high',
  'building',
  'academy',
]);

/** The senior-management post named in the words, if any. */
function seniorManagement(tokens: string[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    let found: string | null = null;
    const list = SENIOR_MANAGEMENT_INDEX.get(tokens[i] as string);
    if (list !== undefined)
      for (const p of list)
        if (matchesAt(tokens, i, p)) {
          found = p.phrase;
          break;
        }
    if (found) {
      // "Chancellor's Fellow", "Dean's List Coordinator": a named scheme, not the post.
      const after = tokens[i + found.split(' ').length];
      if (after !== 's') return found;
    }
    // "Principal" alone, "Principal and Chief Executive", "Principal of X College".
    if (tokens[i] === 'principal') {
      const next = tokens[i + 1];
      if (next === undefined || next === 'and' || next === 'of') {
        const prev = tokens[i - 1];
        if (
          prev === undefined ||
          prev === 'vice' ||
          prev === 'deputy' ||
          prev === 'assistant' ||
          SCHOOL_PLACES.has(prev)
        )
          return 'principal';
      }
    }
    if (tokens[i] === 'chief') return tokens.includes('officer') ? 'chief officer' : 'chief';
  }
  return null;
}

function classifyRole(text: string, tokens: string[]): RoleResult {
  const cues: TTitleCue[] = [];
  const sm = seniorManagement(tokens);
  let family: TRoleFamily | null;
  let fallback: RoleResult['fallback'] = null;
  if (sm) {
    cues.push({ phrase: sm, field: 'family', value: 'senior-management' });
    family = 'senior-management';
  } else {
    const head = headOf(tokens);
    family = familyOf(tokens, head, cues);
    const d = family === null ? headDefault(head) : null;
    if (head && d) fallback = { word: head.word, family: d };
  }
  const seniority = seniorityOf(tokens, cues, sm !== null);
  return { text, tokens, family, fallback, seniority, cues };
}

const JOIN = /\s+(?:and|&|\+)\s+|\s*\/\s*/i;

function isEmployer(tokens: string[]): boolean {
  for (const t of tokens) if (EMPLOYER_WORDS.has(t)) return true;
  return false;
}

/** Splits the role part into roles when it joins two ("Lecturer and Head of TEL"). */
function roles(core: string, coreTokens: string[]): { text: string; tokens: string[] }[] {
  // Only "and", "&", "/" and "+" join roles; the tokenizer turns them into "and" and "/".
  if (!coreTokens.includes('and') && !coreTokens.includes('/'))
    return [{ text: core, tokens: coreTokens }];
  if (!JOIN.test(core)) return [{ text: core, tokens: coreTokens }];
  const parts = core.split(JOIN).filter((p) => p.trim() !== '');
  const tokenised = parts.map((p) => ({ text: p.trim(), tokens: tokenize(p) }));
  const withHead = tokenised.map(
    (p) => headOf(p.tokens) !== null || seniorManagement(p.tokens) !== null,
  );
  if (withHead.filter(Boolean).length < 2) return [{ text: core, tokens: coreTokens }];
  // Parts without a role noun join the role that follows ("Learning and Teaching Adviser").
  const out: { text: string; tokens: string[] }[] = [];
  let pending: { text: string; tokens: string[] } | null = null;
  tokenised.forEach((p, i) => {
    if (!withHead[i]) {
      pending = pending
        ? { text: `${pending.text} and ${p.text}`, tokens: [...pending.tokens, 'and', ...p.tokens] }
        : p;
      return;
    }
    let role = p;
    const pend = pending as { text: string; tokens: string[] } | null;
    if (pend) {
      role = { text: `${pend.text} and ${p.text}`, tokens: [...pend.tokens, 'and', ...p.tokens] };
      pending = null;
    }
    // "Learning Designer / Developer": a bare role noun shares the previous role's words.
    const prev = out[out.length - 1];
    if (prev && role.tokens.length === 1) {
      const h = headOf(prev.tokens);
      if (h) {
        const shared = prev.tokens.filter(
          (_t, j) => j !== h.at && !SENIORITY_WORDS.has(prev.tokens[j] as string),
        );
        role = { text: role.text, tokens: [...shared, ...role.tokens] };
      }
    }
    out.push(role);
  });
  const rest = pending as { text: string; tokens: string[] } | null;
  if (rest && out.length) {
    const last = out[out.length - 1] as { text: string; tokens: string[] };
    out[out.length - 1] = {
      text: `${last.text} and ${rest.text}`,
      tokens: [...last.tokens, 'and', ...rest.tokens],
    };
  }
  return out;
}

/** Domain words too general to decide a family when context says more. */
const WEAK_FAMILY_PHRASES = new Set(['learning', 'education', 'educational', 'teaching']);

/** true when the family was decided by a bare general word ("Learning Specialist"). */
function weakFamilyCue(cues: TTitleCue[]): boolean {
  for (const c of cues) if (c.field === 'family') return WEAK_FAMILY_PHRASES.has(c.phrase);
  return false;
}

/** Seniority words that count in context ("Learning Technologist (Senior)"). */
const CONTEXT_SENIORITY = new Set([
  'senior',
  'junior',
  'trainee',
  'apprentice',
  'graduate',
  'principal',
]);

const SENIORITY_WORDS = new Set([
  'senior',
  'junior',
  'lead',
  'principal',
  'trainee',
  'assistant',
  'graduate',
  'apprentice',
]);

function hasLetter(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return /\p{L}/u.test(t);
}

function isError(v: unknown): string | null {
  if (typeof v !== 'string') return 'The title must be text.';
  const t = v.trim();
  if (t === '') return 'The title is empty: give a job title such as "Learning Technologist".';
  if (t.length > TITLE_MAX_LENGTH)
    return `The title is too long (${t.length} characters): at most ${TITLE_MAX_LENGTH} characters.`;
  if (!hasLetter(t)) return 'The title has no letters: give a job title in words.';
  return null;
}

/** true when classifyTitle returned an error object rather than a classification. */
export function isTitleError(r: TTitleClassification | TTitleError): r is TTitleError {
  return 'error' in r;
}

/**
 * Classifies one job title. Never throws: input that is not a usable title (not text, empty,
 * over TITLE_MAX_LENGTH characters, no letters) yields `{ title, error }`.
 */
export function classifyTitle(title: string, scheme?: TTitleGroupScheme): TTitleClassification;
export function classifyTitle(
  title: unknown,
  scheme?: TTitleGroupScheme,
): TTitleClassification | TTitleError;
export function classifyTitle(
  title: unknown,
  scheme?: TTitleGroupScheme,
): TTitleClassification | TTitleError {
  const problem = isError(title);
  if (problem !== null)
    return { title: typeof title === 'string' ? title.trim() : null, error: problem };
  const text = (title as string).trim();
  if (scheme !== undefined && scheme !== DEFAULT_TITLE_GROUP_SCHEME) return classify(text, scheme);
  // Case and spacing never change a classification (see the property tests), so titles that
  // differ only in them share a cache entry: surveys repeat the same few titles many times.
  if (!cacheEnabled) return classify(text, undefined);
  const key = text.toLowerCase().replace(SPACES, ' ');
  const hit = cache.get(key);
  if (hit !== undefined) return { ...hit, title: text };
  const c = classify(text, undefined);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, deepFreeze(c));
  return { ...c, title: text };
}

const SPACES = /\s+/g;
/** A quick check (no state: not global) before the fuller rewrite below. */
const TECH_WORD = /\btechs?\b/i;
const TECH_AS_JOB =
  /\b(lab|laboratory|field|it|computer|pc|av|audio ?visual|desk|help ?desk|network|support|maintenance|pharmacy|science|engineering)[\s-]+techs?\b\.?/gi;
/** Words that make a title academic when nothing else decided its family. */
const LAST_RESORT_ACADEMIC = new Set(['academic', 'course', 'module', 'unit', 'subject']);
const CACHE_MAX = 50_000;
const cache = new Map<string, TTitleClassification>();
let cacheEnabled = true;

/** Turns the classification cache on or off (the benchmark measures both); off also empties it. */
export function setClassifierCache(on: boolean): void {
  cacheEnabled = on;
  cache.clear();
}

function deepFreeze(c: TTitleClassification): TTitleClassification {
  for (const cue of c.cues) Object.freeze(cue);
  Object.freeze(c.cues);
  Object.freeze(c.groups);
  if (c.secondary) Object.freeze(c.secondary);
  return Object.freeze(c);
}

function classify(text: string, scheme: TTitleGroupScheme | undefined): TTitleClassification {
  // "Tech" after a workplace word is a job ("Lab Tech", "Field Tech"), not the subject
  // "technology" that it abbreviates elsewhere ("Ed Tech Coordinator").
  const seg = segment(TECH_WORD.test(text) ? text.replace(TECH_AS_JOB, '$1 technician') : text);
  let core = seg.core;
  const context = seg.context;
  // "Curriculum, Teaching and Learning Specialist": a role part without a role noun continues.
  const first = context[0];
  let coreTokens = tokenize(core);
  if (first !== undefined) {
    if (
      headOf(coreTokens) === null &&
      seniorManagement(coreTokens) === null &&
      headOf(tokenize(first)) !== null
    ) {
      core = `${core}, ${first}`;
      coreTokens = tokenize(core);
      context.shift();
    }
  }
  const rs = roles(core, coreTokens).map((r) => classifyRole(r.text, r.tokens));
  // The primary role: a senior-management post outranks; then the higher seniority; then the first.
  let primary = rs[0] as RoleResult;
  for (const r of rs) {
    if (primary.family === 'senior-management') break;
    if (
      r.family === 'senior-management' ||
      SENIORITY_RANK[r.seniority] > SENIORITY_RANK[primary.seniority]
    )
      primary = r;
  }
  const cues: TTitleCue[] = rs.length === 1 ? primary.cues : [...primary.cues];
  let family = primary.family;
  let seniority = primary.seniority;
  const secondary = rs.length === 1 ? undefined : rs.find((r) => r !== primary);
  if (secondary) {
    cues.push({
      phrase: primary.text,
      field: 'note',
      value:
        primary.family === 'senior-management' && secondary.family !== 'senior-management'
          ? `Primary role: "${primary.text}" (a senior-management post outranks "${secondary.text}").`
          : primary === rs[0]
            ? `Primary role: "${primary.text}" (named first; "${secondary.text}" is the second role).`
            : `Primary role: "${primary.text}" (more senior than "${secondary.text}").`,
    });
    if (family === null && secondary.family !== null) {
      family = secondary.family;
      cues.push(...secondary.cues.filter((c) => c.field === 'family'));
    }
  }
  const contextTokens: string[] = [];
  if (context.length) {
    // A role part whose family rests on a bare "learning", "education" or "teaching" lets more
    // specific context decide ("Adult Learning Specialist – Instructional Design").
    // Not when the role part names its subject with of/for/in: the context then continues it.
    let weak =
      family !== null &&
      primary === rs[0] &&
      weakFamilyCue(cues) &&
      !primary.tokens.includes('for') &&
      !primary.tokens.includes('of') &&
      !primary.tokens.includes('in');
    for (const c of context) {
      const tokens = tokenize(c);
      if (isEmployer(tokens)) continue;
      contextTokens.push(...tokens);
      if (family === null || weak) {
        const ctxCues: TTitleCue[] = [];
        const f = familyOf(tokens, headOf(tokens), ctxCues);
        if (f !== null && !(weak && weakFamilyCue(ctxCues))) {
          if (weak) {
            for (let k = cues.length - 1; k >= 0; k--)
              if ((cues[k] as TTitleCue).field === 'family') cues.splice(k, 1);
            weak = false;
          }
          family = f;
          for (const cue of ctxCues)
            cues.push({ ...cue, phrase: `${cue.phrase} (from "${c.trim()}")` });
        }
      }
      if (seniority === 'practitioner' && hasAny(tokens, CONTEXT_SENIORITY)) {
        const ctxCues: TTitleCue[] = [];
        const s = seniorityOf(tokens, ctxCues, false);
        if (s === 'senior' || s === 'entry') {
          seniority = s;
          cues.push(...ctxCues);
        }
      }
    }
  }
  if (family === null && primary.fallback) {
    family = primary.fallback.family;
    cues.push({ phrase: primary.fallback.word, field: 'family', value: family });
  }
  if (family === null) {
    // Last resort before the default: "Academic Staff Member", "Academic Lead", "Course Lead".
    const all = contextTokens.length ? [...coreTokens, ...contextTokens] : coreTokens;
    const word = all.find((w) => LAST_RESORT_ACADEMIC.has(w));
    if (
      word !== undefined &&
      (word === 'academic' || all.includes('lead') || all.includes('leader'))
    ) {
      family = 'academic';
      cues.push({ phrase: word, field: 'family', value: family });
    }
  }
  let confidence: 'high' | 'low' = 'high';
  if (family === null) {
    family = DEFAULT_FAMILY;
    confidence = 'low';
    cues.push({
      phrase: '',
      field: 'family',
      value: `No family cue matched; ${DEFAULT_FAMILY} is a best guess.`,
    });
  }
  const groupTokens = coreTokens;
  const groups = matchGroups(
    contextTokens.length ? [...groupTokens, '|', ...contextTokens] : groupTokens,
    compiled(scheme),
  );
  for (const g of groups) cues.push({ phrase: g.phrase, field: 'group', value: g.group });
  const out: TTitleClassification = {
    title: text,
    family,
    seniority,
    stage: STAGE_OF_SENIORITY[seniority],
    groups: groups.map((g) => g.group),
    confidence,
    cues,
  };
  if (secondary) {
    out.secondary = {
      title: secondary.text,
      family: secondary.family ?? family,
      seniority: secondary.seniority,
    };
  }
  return out;
}
