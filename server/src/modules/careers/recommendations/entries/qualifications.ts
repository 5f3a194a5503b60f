import type { CatalogueFile } from '../schema';
import { SEED_001, SEED_002, SEED_004 } from './sources';

/** Qualifications. Country-specific programme names are added as overrides in local/. */
export const QUALIFICATIONS: CatalogueFile = {
  name: 'qualifications',
  entries: [
    {
      key: 'masters-educational-technology',
      kind: 'qualification',
      title: 'A master’s in educational technology, digital education or learning design',
      summary:
        'A part-time, often fully online master’s in the field: pedagogy, technology, instructional design and research, usually ending in a project in your own workplace.',
      provider: 'Universities (many programmes are online and part-time)',
      url: null,
      prerequisites: ['A bachelor’s degree in any subject'],
      cost: 'Varies by country; US$15,000–40,000 in the US (seed 004)',
      duration: 'Two to three years part-time (seed 004)',
      audience: {
        families: [
          'learning-technologist',
          'learning-designer',
          'educational-developer',
          'content-producer',
          'technical-specialist',
          'digital-capability',
          'learning-support',
          'trainer',
        ],
        stages: ['novice', 'career'],
        targetFamilies: ['learning-designer', 'educational-developer'],
      },
      develops: ['pedagogy', 'technical', 'research'],
      helpsWith: [
        { framework: 'cmalt', item: '2a' },
        { framework: 'psf-2023', item: 'K1' },
        { framework: 'psf-2023', item: 'V3' },
        { framework: 'iste-coaches', item: '4.4d' },
      ],
      why: {
        stage:
          'seed 001 strongly recommends formal study in educational technology however you arrived in the field.',
        family:
          'seed 002 found that new specialists want further academic study for the legitimacy it brings.',
        target:
          'a master’s in the field is the usual qualification for the role you are aiming at.',
      },
      heldAs: {
        level: 'master',
        subjectWords: [
          'educational technology',
          'learning technology',
          'learning and technology',
          'learning design',
          'instructional design',
          'digital education',
          'online learning',
          'e-learning',
          'elearning',
          'technology enhanced',
          'learning sciences',
        ],
      },
      aliases: [
        'MET',
        'MEd Educational Technology',
        'MSc Digital Education',
        'MA Learning and Technology',
      ],
      milestones: [
        'Compare programmes and admission requirements',
        'Apply',
        'Complete the first course',
        'Complete the capstone project',
      ],
      sources: [SEED_001, SEED_004, SEED_002],
    },
    {
      key: 'learning-design-certificate',
      kind: 'qualification',
      title: 'A certificate in instructional or learning design',
      summary:
        'A shorter programme in instructional design (for example from Quality Matters or the Online Learning Consortium): how people learn, course design and quality review, without a full degree.',
      provider: 'e.g. Quality Matters, Online Learning Consortium, university continuing education',
      url: null,
      cost: 'Varies',
      duration: 'Varies (weeks to months)',
      audience: {
        families: [
          'learning-technologist',
          'content-producer',
          'technical-specialist',
          'trainer',
          'learning-support',
          'digital-capability',
        ],
        stages: ['novice', 'career'],
        targetFamilies: ['learning-designer'],
      },
      develops: ['pedagogy'],
      helpsWith: [
        { framework: 'iste-coaches', item: '4.4d' },
        { framework: 'psf-2023', item: 'A1' },
        { framework: 'cmalt', item: '2a' },
      ],
      why: {
        stage:
          'seed 004 describes learning design certificates as the way IT professionals pivot into the field.',
        target: 'it gives the design grounding learning designer posts ask for.',
      },
      heldAs: {
        level: 'certificate',
        subjectWords: ['instructional design', 'learning design', 'course design'],
      },
      milestones: ['Choose a programme', 'Enrol', 'Complete the final design project'],
      sources: [SEED_004],
    },
    {
      key: 'doctorate',
      kind: 'qualification',
      title: 'A doctorate (PhD or EdD)',
      summary:
        'A research degree, in educational technology or in the discipline you would teach. Seed 001: tenured posts go to people who bring research and research grants; seed 002 adds that a lack of academic legitimacy holds learning technology staff back.',
      provider: 'Universities',
      url: null,
      prerequisites: ['Usually a master’s degree', 'A research proposal and a supervisor'],
      cost: 'Varies',
      duration: 'Varies (several years, longer part-time)',
      audience: { targetFamilies: ['academic', 'researcher'] },
      requiresTarget: true,
      develops: ['research'],
      helpsWith: [
        { framework: 'psf-2023', item: 'V3' },
        { framework: 'psf-2023', item: 'K3' },
        { framework: 'jisc-2001-role-map', item: 'academic-skills' },
      ],
      why: {
        target:
          'an academic post usually asks for a doctorate and a record of research (seed 001).',
      },
      heldAs: { level: 'doctorate', subjectWords: [] },
      aliases: ['PhD', 'EdD', 'DPhil', 'Doctorate'],
      milestones: [
        'Write a research proposal',
        'Find a supervisor and apply',
        'Pass the first-year review',
        'Submit the thesis',
      ],
      sources: [SEED_001, SEED_002],
    },
  ],
};
