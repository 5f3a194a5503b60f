import type { CatalogueFile } from '../schema';
import { COSN_CETL, SEED_001, SEED_002, SEED_004 } from './sources';

/** Families with a ladder of their own (academic and senior management posts have theirs). */
const LADDER_FAMILIES = [
  'learning-technologist',
  'learning-designer',
  'educational-developer',
  'content-producer',
  'technical-specialist',
  'digital-capability',
  'learning-support',
  'researcher',
  'project-manager',
  'trainer',
] as const;

/**
 * Next roles: the natural step up in one's own family ({role} and {field} are filled from the
 * person's classification), seed 004's K-12 moves, and the two hard moves of seed 001.
 */
export const NEXT_ROLES: CatalogueFile = {
  name: 'next-roles',
  entries: [
    {
      key: 'step-up-to-practitioner',
      kind: 'next-role',
      title: '{Role}: a full post beyond entry level',
      summary:
        'A salaried {role} post in your own right, after an assistant, trainee or contract start. Seed 001: many start on short contracts and most become full-time salaried staff.',
      prerequisites: ['A body of work you can show', 'People in the field who know your work'],
      cost: null,
      duration: 'Varies',
      audience: {
        families: [...LADDER_FAMILIES],
        seniorities: ['entry'],
        targetSeniorities: ['practitioner'],
      },
      develops: ['practice'],
      why: {
        stage:
          'the first permanent post is the hardest and most important to get (seed 001); be flexible about its exact shape.',
        target: 'it is the next step on your way.',
      },
      milestones: [
        'Keep a portfolio of your work',
        'Meet people at the local teaching and learning centre',
        'Apply',
      ],
      sources: [SEED_001],
    },
    {
      key: 'step-up-to-senior',
      kind: 'next-role',
      title: 'Senior {role}',
      summary:
        'A senior, lead or principal {role} post: you take the harder projects, guide others’ work and represent {field} in decisions.',
      prerequisites: [
        'Several years of practice with results you can show',
        'Evidence of guiding others',
      ],
      cost: null,
      duration: 'Varies',
      audience: {
        families: [...LADDER_FAMILIES],
        seniorities: ['practitioner'],
        targetSeniorities: ['senior'],
      },
      develops: ['leadership'],
      helpsWith: [
        { framework: 'cmalt', item: 'P4' },
        { framework: 'jisc-2001-role-map', item: 'developing-others' },
      ],
      why: {
        stage:
          'there are few clear milestones in this field (seed 001); a senior post in your own family is the natural next one.',
        target: 'it is the step your target names.',
      },
      milestones: ['Agree a development plan with your manager', 'Lead a project', 'Apply'],
      sources: [SEED_001, SEED_002],
    },
    {
      key: 'step-up-to-leadership',
      kind: 'next-role',
      title: 'Head of {field}',
      summary:
        'Leading a team or unit of {field}: staffing, budget, priorities and the case for them to senior managers. Seed 002: staff expect to progress by moving into more managerial roles or by changing institutions.',
      prerequisites: [
        'Experience leading projects and people',
        'Budget and planning experience',
        'A record of influence beyond your own team',
      ],
      cost: null,
      duration: 'Varies',
      audience: {
        families: [...LADDER_FAMILIES],
        seniorities: ['senior'],
        targetSeniorities: ['leadership'],
      },
      develops: ['leadership'],
      helpsWith: [
        { framework: 'jisc-2001-role-map', item: 'management-project-management' },
        { framework: 'jisc-2001-role-map', item: 'strategic-organisational-networking' },
        { framework: 'cetl', item: 'team-building-and-staffing' },
        { framework: 'psf-2023', item: 'D3' },
      ],
      why: {
        stage:
          'the usual next step from a senior post is leading a team, often at another institution (seed 002).',
        target: 'it is the step your target names.',
      },
      milestones: ['Take on line management', 'Own a budget', 'Apply'],
      sources: [SEED_002],
    },
    {
      key: 'tech-lead-teacher',
      kind: 'next-role',
      title: 'Tech lead teacher (a hybrid role)',
      summary:
        'Seed 004’s smoothest route in from teaching: about 40% of the day as the school’s technology lead and 60% in your own classroom, for one to two years before applying for full-time specialist posts.',
      prerequisites: ['Your own classes', 'A head teacher or principal willing to set it up'],
      cost: null,
      duration: 'One to two years (seed 004)',
      audience: { sectors: ['k12'], backgrounds: ['teaching'], seniorities: ['entry'] },
      develops: ['technical', 'practice'],
      helpsWith: [
        { framework: 'iste-coaches', item: '4.3d' },
        { framework: 'iste-coaches', item: '4.5' },
      ],
      why: {
        sector:
          'K-12 specialist posts usually ask for three to five years of teaching; the hybrid role builds the technical side alongside (seed 004).',
      },
      milestones: [
        'Propose the role to your principal',
        'Pilot a tool with colleagues',
        'Apply for specialist posts',
      ],
      sources: [SEED_004],
    },
    {
      key: 'district-educational-technologist',
      kind: 'next-role',
      title: 'Educational technologist with district-wide scope',
      summary:
        'Seed 004 separates the two: an instructional technology specialist works in one building with small classroom grants ($5k–25k), while an educational technologist works across the district (often 15–25 schools), decides $50k–500k of procurement and writes three-to-five-year technology plans.',
      prerequisites: [
        'Three to five years of classroom teaching (seed 004)',
        'Usually a master’s in educational technology',
        'Experience of a building-level specialist role',
      ],
      cost: null,
      duration: 'Varies',
      audience: {
        sectors: ['k12'],
        families: ['learning-technologist', 'trainer', 'digital-capability'],
        seniorities: ['entry', 'practitioner'],
        targetSeniorities: ['senior', 'leadership'],
      },
      develops: ['leadership'],
      helpsWith: [
        { framework: 'iste-coaches', item: '4.1a' },
        { framework: 'iste-coaches', item: '4.3c' },
        { framework: 'cetl', item: 'strategic-planning' },
        { framework: 'cetl', item: 'business-management' },
      ],
      why: {
        sector:
          'in K-12 districts the step up from building scope is district-wide scope, with budget authority (seed 004).',
        stage: 'it is the usual step up from a building-level specialist post.',
        target:
          'district-wide roles decide vendors, contracts and the platforms every school uses (seed 004).',
      },
      milestones: ['Lead a multi-school pilot', 'Write a technology plan proposal', 'Apply'],
      sources: [SEED_004],
    },
    {
      key: 'k12-director-of-technology',
      kind: 'next-role',
      title: 'District director of technology (K-12 CTO)',
      summary:
        'Leading a district’s technology: vision and strategic planning, budgets, infrastructure, data privacy and the team. CoSN’s Framework of Essential Skills of the K-12 CTO describes the role.',
      prerequisites: [
        'Several years of education technology leadership',
        'Budget and infrastructure experience',
        'Often CoSN CETL (seed 004)',
      ],
      cost: null,
      duration: 'Varies',
      audience: {
        sectors: ['k12'],
        families: [
          'learning-technologist',
          'technical-specialist',
          'digital-capability',
          'senior-management',
        ],
        seniorities: ['senior', 'leadership'],
        targetSeniorities: ['leadership'],
      },
      develops: ['leadership', 'technical'],
      helpsWith: [
        { framework: 'cetl', item: 'leadership-and-vision' },
        { framework: 'cetl', item: 'strategic-planning' },
        { framework: 'cetl', item: 'information-technology-management' },
        { framework: 'cetl', item: 'business-management' },
      ],
      why: {
        sector: 'it is the top technology post of a school district.',
        stage: 'it is the leadership post of your side of K-12 education.',
        target: 'it is what a district-level leadership target usually means.',
      },
      milestones: ['Take the CETL self-assessment', 'Own a district budget line', 'Apply'],
      sources: [SEED_004, COSN_CETL],
    },
    {
      key: 'move-into-learning-design',
      kind: 'next-role',
      title: 'A move into learning design',
      summary:
        'From supporting technology to designing courses and learning experiences with academics or subject experts: design principles, assessment and accessibility move to the centre.',
      prerequisites: ['Courses or modules you helped design', 'Grounding in how people learn'],
      cost: null,
      duration: 'Varies',
      audience: { targetFamilies: ['learning-designer'] },
      requiresTarget: true,
      develops: ['pedagogy'],
      helpsWith: [
        { framework: 'iste-coaches', item: '4.4' },
        { framework: 'psf-2023', item: 'A1' },
      ],
      why: {
        target:
          'seed 001 counts instructional design as part of the same field, so the move is a short one.',
      },
      milestones: ['Co-design a module', 'Build a design portfolio', 'Apply'],
      sources: [SEED_001, SEED_004],
    },
    {
      key: 'move-into-educational-development',
      kind: 'next-role',
      title: 'A move into educational development',
      summary:
        'From learning technology to the development of teaching and learning as a whole: staff development programmes, teaching enhancement, often a PgCert team.',
      prerequisites: [
        'Experience running staff development',
        'Usually Fellowship or a teaching qualification',
      ],
      cost: null,
      duration: 'Varies',
      audience: { targetFamilies: ['educational-developer'] },
      requiresTarget: true,
      develops: ['pedagogy', 'research'],
      helpsWith: [
        { framework: 'psf-2023', item: 'K2' },
        { framework: 'psf-2023', item: 'A5' },
        { framework: 'jisc-2001-role-map', item: 'developing-others' },
      ],
      why: {
        target:
          'the JISC study counts educational developers among the new specialists; learning technology work is a common way in.',
      },
      milestones: ['Co-run a staff development programme', 'Apply for Fellowship', 'Apply'],
      sources: [SEED_002],
    },
    {
      key: 'move-into-academic-post',
      kind: 'next-role',
      title: 'A move into an academic post',
      summary:
        'One of the two hard moves of seed 001: from helping others teach to teaching and researching yourself. Adjunct posts come more easily than tenured ones, which go to people who bring research grants.',
      prerequisites: [
        'A doctorate, usually in the discipline (seed 001)',
        'Publications and a record of research funding',
        'A teaching qualification or Fellowship',
      ],
      cost: null,
      duration: 'Several years of building a research record',
      audience: { targetFamilies: ['academic'] },
      requiresTarget: true,
      develops: ['research', 'pedagogy'],
      helpsWith: [
        { framework: 'jisc-2001-role-map', item: 'academic-skills' },
        { framework: 'psf-2023', item: 'V3' },
        { framework: 'psf-2023', item: 'D2' },
      ],
      why: {
        target:
          'seed 001 calls it one of the two main barriers: it takes a doctorate, publications and, for tenure, research grants; adjunct teaching is the usual first step.',
      },
      milestones: [
        'Publish a first paper',
        'Teach a module as an adjunct or associate lecturer',
        'Apply for a research grant',
        'Apply',
      ],
      sources: [SEED_001, SEED_002],
    },
    {
      key: 'move-into-senior-management',
      kind: 'next-role',
      title: 'A move into senior management',
      summary:
        'The other hard move of seed 001: from an educational technology post to an institution’s senior team (for example an associate vice-president for teaching and learning), where the decisions on digital learning are made.',
      prerequisites: [
        'Institution-wide strategy work',
        'Managing budgets and leading teams',
        'Credibility with academic departments, from which such posts are usually filled (seed 001)',
      ],
      cost: null,
      duration: 'Varies',
      audience: { stages: ['advanced'], targetFamilies: ['senior-management'] },
      develops: ['leadership'],
      helpsWith: [
        { framework: 'cetl', item: 'leadership-and-vision' },
        { framework: 'cetl', item: 'strategic-planning' },
        { framework: 'cetl', item: 'business-management' },
        { framework: 'jisc-2001-role-map', item: 'strategic-organisational-networking' },
        { framework: 'psf-2023', item: 'D4' },
      ],
      why: {
        stage:
          'very experienced educational technologists often want strategic posts to influence policy (seed 001).',
        target:
          'seed 001 calls it one of the two main barriers: such posts usually go to someone from an academic department, so strategy, budgets, leading teams and academic credibility all count.',
      },
      milestones: [
        'Lead an institution-wide project',
        'Sit on a senior committee',
        'Own a budget',
        'Apply',
      ],
      sources: [SEED_001, SEED_002],
    },
  ],
};
