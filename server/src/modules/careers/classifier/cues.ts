import type { TRoleFamily } from '../../../../../contracts/classifier';

/*
 * The cue tables. Words and phrases are written as they look after normalisation (see
 * normalise.ts: lower case, hyphens split, "e-learning" → "elearning", "programme" →
 * "program", "advisor" → "adviser", "Snr" → "senior").
 */

/** What a role noun (the head of a title) says about the family. */
export type HeadKind =
  | 'technologist'
  | 'designer'
  | 'developer'
  | 'producer'
  | 'trainer'
  | 'researcher'
  | 'academic'
  | 'generic'
  | 'technical'
  | 'support';

/** Role nouns: the word that says what the person is ("designer", "manager", "lecturer"). */
const HEAD_ENTRIES: Record<string, HeadKind> = {
  technologist: 'technologist',
  designer: 'designer',
  architect: 'generic',
  developer: 'developer',
  producer: 'producer',
  editor: 'producer',
  animator: 'producer',
  videographer: 'producer',
  illustrator: 'producer',
  photographer: 'producer',
  writer: 'producer',
  scriptwriter: 'producer',
  copywriter: 'producer',
  publisher: 'producer',
  author: 'producer',
  creator: 'producer',
  trainer: 'trainer',
  instructor: 'academic',
  coach: 'generic',
  facilitator: 'generic',
  researcher: 'researcher',
  scientist: 'researcher',
  lecturer: 'academic',
  professor: 'academic',
  reader: 'academic',
  academic: 'academic',
  teacher: 'academic',
  tutor: 'academic',
  faculty: 'academic',
  chair: 'academic',
  fellow: 'generic',
  manager: 'generic',
  director: 'generic',
  head: 'generic',
  lead: 'generic',
  leader: 'generic',
  officer: 'generic',
  adviser: 'generic',
  specialist: 'generic',
  consultant: 'generic',
  coordinator: 'support',
  administrator: 'support',
  liaison: 'support',
  assistant: 'support',
  associate: 'generic',
  analyst: 'technical',
  engineer: 'technical',
  technician: 'technical',
  programmer: 'technical',
  webmaster: 'technical',
  champion: 'generic',
  partner: 'generic',
  executive: 'generic',
  supervisor: 'generic',
  practitioner: 'generic',
  strategist: 'generic',
  owner: 'generic',
  expert: 'generic',
  evangelist: 'generic',
  advocate: 'generic',
  integrator: 'generic',
  librarian: 'support',
  intern: 'generic',
  apprentice: 'generic',
  trainee: 'generic',
  worker: 'generic',
  mentor: 'generic',
  leadership: 'generic',
};

/** Maps, not objects: a title may contain any word, "constructor" included. */
export const HEADS = new Map(Object.entries(HEAD_ENTRIES));

/** Domain words: what the work is about. Longer and more specific phrases weigh more. */
export type DomainCue = { family: TRoleFamily; weight: number };
export const DOMAINS = new Map<string, DomainCue>();
function domain(family: TRoleFamily, weight: number, phrases: string[]) {
  for (const p of phrases) DOMAINS.set(p, { family, weight });
}

domain('learning-technologist', 3, [
  'learning technology',
  'learning technologist',
  'tel',
  'technology enhanced learning',
  'technology enhanced',
  'technology enabled learning',
  'elearning',
  'digital learning',
  'digital education',
  'digital pedagogy',
  'digital teaching',
  'digital teaching and learning',
  'digital learning and teaching',
  'educational technology',
  'education technology',
  'educational technologist',
  'academic technology',
  'instructional technology',
  'learning and teaching technology',
  'teaching and learning technology',
  'teaching technology',
  'edtech',
  'ilt',
  'blended learning',
  'technology integration',
  'learning platforms',
  'learning platform',
  'learning innovation',
  'digital innovation',
  'mlearning',
  'eassessment',
  'eportfolio',
  'lecture capture',
  'etutor',
  'digital learning environment',
  'virtual learning',
  'classroom technology',
  'instructional technologist',
]);
domain('learning-technologist', 5, ['information and learning technology']);
// Technology "in" teaching or education is the learning technologist's domain, not IT's.
domain('learning-technologist', 4, [
  'ict in teaching',
  'ict in education',
  'ict in learning',
  'technology in teaching',
  'technology in education',
  'technology in learning',
]);
domain('learning-technologist', 2, [
  'online learning',
  'online education',
  'online teaching',
  'distance learning',
  'distance education',
  'distributed learning',
  'distributed education',
  'flexible learning',
  'open learning',
  'digital',
  'distance',
]);
domain('learning-technologist', 2, ['technology']);
domain('learning-technologist', 1, ['learning']);
domain('educational-developer', 1, ['education', 'educational', 'teaching']);
domain('learning-designer', 4, [
  'learning design',
  'instructional design',
  'curriculum design',
  'course design',
  'learning experience design',
  'learning experience',
  'educational design',
  'instructional systems design',
  'curriculum development',
  'course development',
  'learning designer',
  'instructional designer',
  'learning engineer',
  'learning engineering',
  'learning architect',
  'learning architecture',
]);
domain('educational-developer', 4, [
  'academic development',
  'educational development',
  'education development',
  'academic practice',
  'learning and teaching enhancement',
  'teaching and learning enhancement',
  'teaching enhancement',
  'learning enhancement',
  'educational enhancement',
  'education enhancement',
  'academic enhancement',
  'quality enhancement',
  'teaching excellence',
  'educational excellence',
  'education excellence',
  'faculty development',
  'teaching innovation',
  'academic developer',
  'educational developer',
  'higher education practice',
  'learning and teaching development',
  'teaching and learning development',
  'professional learning',
  'learning development',
]);
domain('educational-developer', 3, [
  'learning and teaching',
  'teaching and learning',
  'professional development',
  'pedagogy',
  'pedagogic',
  'pedagogical',
]);
domain('educational-developer', 2, ['instructional']);
// A centre for teaching and learning (CTL, CETL) is an educational development unit.
domain('educational-developer', 4, [
  'ctl',
  'cetl',
  'center for teaching',
  'center for teaching and learning',
  'teaching and learning center',
]);
domain('educational-developer', 4, [
  'instructional coach',
  'instructional coaching',
  'instructional coordinator',
]);
domain('learning-designer', 3, ['curriculum', 'instructional material', 'instructional materials']);
domain('content-producer', 3, [
  'multimedia',
  'media',
  'video',
  'digital content',
  'content',
  'learning resources',
  'learning materials',
  'materials',
  'animation',
  'graphic',
  'graphics',
  'photography',
  'podcast',
  'audio',
  'film',
  'broadcast',
  'motion graphics',
  'courseware',
  'creative',
  'subtitling',
  'captioning',
  'transcription',
  'production',
  'authoring',
  'storyboard',
  'storyboarding',
  'publishing',
]);
domain('content-producer', 4, ['art director', 'desktop publishing']);
domain('technical-specialist', 3, [
  'systems',
  'system',
  'it',
  'ict',
  'information technology',
  'software',
  'application',
  'applications',
  'infrastructure',
  'network',
  'data',
  'database',
  'moodle',
  'vle',
  'mle',
  'lms',
  'computer',
  'computers',
  'computer services',
  'internet',
  'user support',
  'it support',
  'desktop support',
  'technical support',
  'blackboard',
  'canvas',
  'd2l',
  'brightspace',
  'totara',
  'sakai',
  'web',
  'devops',
  'cloud',
  'service desk',
  'help desk',
  'helpdesk',
  'technical',
  'learning systems',
  'digital services',
  'integration',
  'platform',
  'platforms',
  'audio visual',
  'computing',
  'accessibility',
]);
domain('technical-specialist', 4, [
  'technology support',
  'digital accessibility',
  'digital support',
  'operations technology',
  'technology operations',
  'media technology',
]);
domain('digital-capability', 5, [
  'digital skills',
  'digital literacy',
  'digital literacies',
  'digital capability',
  'digital capabilities',
  'digital fluency',
  'digital competence',
  'digital competencies',
  'digital inclusion',
  'digital citizenship',
  'digital wellbeing',
  'digital champion',
  'digital champions',
  'digital training',
]);
domain('digital-capability', 3, ['information literacy']);
domain('learning-support', 4, [
  'education support',
  'educational support',
  'student support',
  'learning support',
  'academic support',
  'student experience',
  'student services',
  'student success',
  'student engagement',
  'course administration',
  'program administration',
  'program support',
  'course support',
  'academic services',
  'academic administration',
  'student administration',
  'online program',
  'online course',
  'online courses',
  'distance program',
  'learner support',
  'learner services',
  'learning services',
  'student learning',
  'education services',
  'enrolment',
  'admissions',
  'off campus',
  'library',
  'libraries',
  'learning commons',
  'assistive technology',
  'alternate media',
  'online student',
  'online students',
  'student coach',
]);
domain('researcher', 4, [
  'research',
  'researcher',
  'postdoctoral',
  'phd',
  'doctoral',
  'research and development',
]);
domain('project-manager', 5, [
  'project',
  'projects',
  'program manager',
  'program management',
  'project management',
  'change',
  'delivery',
  'transformation program',
  'implementation',
  'product',
]);
domain('project-manager', 2, ['program', 'portfolio']);
domain('trainer', 4, [
  'training',
  'learning and development',
  'l and d',
  'staff development',
  'talent development',
  'organizational development',
  'organisational development',
  'onboarding',
  'corporate learning',
  'workforce development',
  'people development',
  'staff training',
  'learning and organizational development',
  'personnel development',
  'employee development',
  'human resource development',
  'human resources development',
  'hr development',
  'customer success',
  'customer education',
  'performance consultant',
  'performance consulting',
  'performance improvement',
  'learning business partner',
  'organizational effectiveness',
  'organisational effectiveness',
  'capability building',
  'clinical education',
  'clinical educator',
  'nurse educator',
]);
// A programme of training is training, not project management ("Training Program Manager").
domain('trainer', 6, ['training program']);
// Clinical and simulation-based education in health care is staff training.
domain('trainer', 3, ['clinical', 'simulation', 'capability']);
// A consultant or partner in (corporate) learning, with nothing more specific, is L&D.
domain('trainer', 2, ['learning consultant']);
// Leading a course, a programme, a department or a faculty is an academic post.
domain('academic', 5, [
  'course leader',
  'program leader',
  'module leader',
  'course director',
  'director of studies',
  'head of department',
  'head of faculty',
  'head of school',
  'department head',
]);
domain('academic', 6, [
  'teaching fellow',
  'casual academic',
  'associate lecturer',
  'sessional academic',
  'faculty member',
]);

/** Senior-management posts: family senior-management, seniority leadership. */
export const SENIOR_MANAGEMENT = new Set([
  'vice principal',
  'deputy principal',
  'assistant principal',
  'associate principal',
  'pro vice chancellor',
  'deputy vice chancellor',
  'assistant vice chancellor',
  'associate vice chancellor',
  'vice chancellor',
  'deputy chancellor',
  'chancellor',
  'vice president',
  'provost',
  'vice provost',
  'associate provost',
  'assistant provost',
  'deputy provost',
  'pro provost',
  'dean',
  'associate dean',
  'assistant dean',
  'deputy dean',
  'pro dean',
  'vice dean',
  'executive dean',
  'registrar',
  'chief executive',
  'rector',
  'vice rector',
  'pro rector',
  'prorector',
  'superintendent',
  'assistant superintendent',
  'deputy superintendent',
  'head teacher',
  'president',
  'chief information officer',
  'chief technology officer',
  'chief learning officer',
  'chief digital officer',
  'chief operating officer',
  'chief academic officer',
  'chief education officer',
  'chief information and digital officer',
  'university secretary',
]);

export const SENIORITY_RANK = { entry: 1, practitioner: 0, senior: 2, leadership: 3 } as const;

/** Words after "assistant" that make it part of a management title, not an entry grade. */
export const ASSISTANT_NOT_ENTRY = new Set([
  'director',
  'head',
  'manager',
  'dean',
  'principal',
  'vice',
  'provost',
  'registrar',
  'chief',
  'superintendent',
  'professor',
  'pro',
  'deputy',
  'lecturer',
  'secretary',
]);

/** Words before "manager" that make it a manager of work rather than of a team. */
export const MANAGER_OF_WORK = new Set([
  'project',
  'projects',
  'product',
  'account',
  'case',
  'marketing',
  'implementation',
  'success',
]);

/** Words after "graduate" that make it about graduate studies, not a graduate-entry post. */
export const GRADUATE_NOT_ENTRY = new Set([
  'school',
  'program',
  'studies',
  'admissions',
  'research',
  'college',
  'education',
  'center',
  'office',
  'student',
  'students',
  'medical',
  'attributes',
  'outcomes',
  'employability',
  'careers',
]);

/** Role nouns that "student" may precede to make an entry post (a student learning technologist). */
export const STUDENT_ENTRY_HEADS = new Set([
  'technologist',
  'designer',
  'developer',
  'assistant',
  'intern',
  'ambassador',
  'worker',
  'researcher',
  'partner',
  'helper',
  'mentor',
]);

/** Context segments that name an employer or a place, never a role. */
export const EMPLOYER_WORDS = new Set([
  'university',
  'college',
  'ltd',
  'limited',
  'inc',
  'plc',
  'llc',
  'gmbh',
  'corp',
  'corporation',
  'company',
  'trust',
  'council',
  'nhs',
  'district',
  'schools',
  'academy',
  'institute',
  'polytechnic',
  'campus',
]);

/** A phrase split into words, with what it says. */
export type IndexedPhrase<T> = { words: string[]; phrase: string; value: T };

/** Phrases indexed by their first word, longest first, for matching without building strings. */
export function indexPhrases<T>(entries: Iterable<[string, T]>): Map<string, IndexedPhrase<T>[]> {
  const index = new Map<string, IndexedPhrase<T>[]>();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ');
    const first = words[0] as string;
    const list = index.get(first) ?? [];
    list.push({ words, phrase, value });
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

export const DOMAIN_INDEX = indexPhrases(DOMAINS.entries());
export const SENIOR_MANAGEMENT_INDEX = indexPhrases(
  [...SENIOR_MANAGEMENT].map((p) => [p, true] as [string, boolean]),
);
