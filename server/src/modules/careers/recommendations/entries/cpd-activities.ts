import type { CatalogueFile } from '../schema';
import { ALT_CMALT_SUPPORT, SEED_001, SEED_002, SEED_004 } from './sources';

const MOST_FAMILIES = [
  'learning-technologist',
  'learning-designer',
  'educational-developer',
  'content-producer',
  'technical-specialist',
  'digital-capability',
  'learning-support',
  'trainer',
] as const;

/**
 * CPD activities: seed 002's modes of peer learning (conferences, seminars, peer discussion,
 * skill-sharing, discussion lists, co-mentoring, collaborative problem-solving) and seed 004's
 * coaching practice. Each names the CPD log entry type it produces.
 */
export const CPD_ACTIVITIES: CatalogueFile = {
  name: 'cpd-activities',
  entries: [
    {
      key: 'peer-observation',
      kind: 'cpd-activity',
      title: 'Peer observation of teaching and support',
      summary:
        'Observe a colleague’s teaching or support session and be observed in turn, then talk it through: what worked for learners, what the technology added, what you would change.',
      cost: 'Free (time)',
      duration: 'A few hours each term',
      audience: { families: [...MOST_FAMILIES] },
      develops: ['pedagogy', 'practice'],
      helpsWith: [
        { framework: 'psf-2023', item: 'A2' },
        { framework: 'cmalt', item: '2a' },
        { framework: 'iste-coaches', item: '4.3a' },
      ],
      why: {
        family:
          'the JISC study found pedagogical and interpersonal skills valued above technical ones, and they grow by watching teaching closely.',
      },
      cpdType: 'peer-discussion',
      milestones: [
        'Agree a pairing with a colleague',
        'Observe a session',
        'Be observed',
        'Write a reflection in the CPD log',
      ],
      sources: [SEED_002],
    },
    {
      key: 'special-interest-group',
      kind: 'cpd-activity',
      title: 'Join a special interest group or discussion list',
      summary:
        'Take part in a special interest group or online community of your network: ask, answer, share what you are trying. Seed 002 lists discussion lists, seminars and think-tanks among the modes of peer learning new specialists value most.',
      cost: 'Usually free with membership',
      duration: 'Ongoing',
      audience: { stages: ['novice', 'career'] },
      develops: ['network'],
      helpsWith: [
        { framework: 'cmalt', item: 'P2' },
        { framework: 'iste-coaches', item: '4.2b' },
        { framework: 'jisc-2001-role-map', item: 'strategic-organisational-networking' },
      ],
      why: {
        stage:
          'building your network is how jobs and ideas reach you (seed 001), and new specialists learn most from exchange with peers (seed 002).',
      },
      cpdType: 'discussion-list',
      milestones: ['Pick a group', 'Introduce yourself', 'Share one piece of your practice'],
      sources: [SEED_001, SEED_002],
    },
    {
      key: 'present-at-a-conference',
      kind: 'cpd-activity',
      title: 'Present your work at a conference',
      summary:
        'Turn a project into a short talk or poster for a regional or national conference: what you did, what happened, what others can take from it.',
      cost: 'Varies (registration and travel; presenters sometimes pay less)',
      duration: 'A proposal, then a few weeks of preparation',
      audience: {
        stages: ['career', 'advanced'],
        targetFamilies: ['academic', 'researcher'],
        targetSeniorities: ['senior', 'leadership'],
      },
      develops: ['network', 'research'],
      helpsWith: [
        { framework: 'cmalt', item: 'P4' },
        { framework: 'psf-2023', item: 'V3' },
        { framework: 'iste-coaches', item: '4.1d' },
      ],
      why: {
        stage:
          'seed 004 advises presenting at regional conferences to share your findings, and seed 001 says getting known is what opens doors.',
        target:
          'a public record of your work is what a move up or into an academic post is judged on.',
      },
      cpdType: 'presenting',
      milestones: [
        'Choose the project',
        'Submit a proposal',
        'Prepare the talk',
        'Present and log it',
      ],
      sources: [SEED_001, SEED_004],
    },
    {
      key: 'write-a-case-study',
      kind: 'cpd-activity',
      title: 'Write up a case study of your practice',
      summary:
        'Write a short case study of a project (context, what you did, evidence of the effect, what you learned) for a blog, a network’s newsletter or a practice journal.',
      cost: 'Free (time)',
      duration: 'A few days of writing',
      audience: {
        stages: ['career', 'advanced'],
        targetFamilies: ['academic', 'researcher', 'educational-developer'],
      },
      develops: ['research'],
      helpsWith: [
        { framework: 'cmalt', item: 'P4' },
        { framework: 'psf-2023', item: 'V3' },
        { framework: 'psf-2023', item: 'K3' },
        { framework: 'jisc-2001-role-map', item: 'academic-skills' },
      ],
      why: {
        stage:
          'a written case study is evidence you can use again in a CMALT portfolio or a Fellowship application.',
        target: 'academic posts look for publications (seed 001); a case study is the first step.',
      },
      cpdType: 'publishing',
      milestones: [
        'Pick the project',
        'Draft the case study',
        'Ask a colleague to read it',
        'Publish it',
      ],
      sources: [SEED_001, SEED_002],
    },
    {
      key: 'mentor-a-colleague',
      kind: 'cpd-activity',
      title: 'Mentor a newer colleague',
      summary:
        'Mentor or co-mentor someone newer to the field: regular conversations about their work and development, which develop your own ability to develop others.',
      cost: 'Free (time)',
      duration: 'An hour or so a month, for a year',
      audience: {
        seniorities: ['senior', 'leadership'],
        targetSeniorities: ['senior', 'leadership'],
      },
      develops: ['leadership'],
      helpsWith: [
        { framework: 'psf-2023', item: 'D3' },
        { framework: 'iste-coaches', item: '4.1c' },
        { framework: 'jisc-2001-role-map', item: 'developing-others' },
      ],
      why: {
        stage:
          'seed 002 lists the ability to develop other people among the skills established professionals need.',
        target: 'senior posts ask for evidence that you develop others.',
      },
      cpdType: 'co-mentoring',
      milestones: [
        'Offer to mentor through your team or network',
        'Agree goals with your mentee',
        'Review after six months',
      ],
      sources: [SEED_002],
    },
    {
      key: 'find-a-mentor',
      kind: 'cpd-activity',
      title: 'Find a mentor in the field',
      summary:
        'Ask an experienced educational technologist to meet now and then: seed 001’s author gives half an hour to people asking for career advice two or three times a month.',
      cost: 'Free',
      duration: 'Ongoing',
      audience: { stages: ['novice'] },
      develops: ['network', 'practice'],
      helpsWith: [
        { framework: 'cmalt', item: 'P3' },
        { framework: 'jisc-2001-role-map', item: 'strategic-organisational-networking' },
      ],
      why: {
        stage:
          'there is no road map into this field (seed 001); people already in it are the quickest guide.',
      },
      cpdType: 'co-mentoring',
      milestones: ['Ask someone for a first conversation', 'Agree how often to meet'],
      sources: [SEED_001, SEED_002],
    },
    {
      key: 'become-a-cmalt-assessor',
      kind: 'cpd-activity',
      title: 'Become a CMALT assessor',
      summary:
        'CMALT holders assess other candidates’ portfolios: three assessments as second assessor, then lead assessor. It counts as your own professional development.',
      provider: 'Association for Learning Technology (ALT)',
      url: 'https://www.alt.ac.uk/certified-membership/cmalt-support',
      prerequisites: ['Current CMALT'],
      cost: 'Free',
      duration: 'A few hours per portfolio; three assessment periods a year',
      countries: ['GB'],
      international: true,
      requiresHeld: true,
      develops: ['leadership', 'network'],
      helpsWith: [
        { framework: 'cmalt', item: 'P3' },
        { framework: 'cmalt', item: 'P4' },
      ],
      why: {
        progression:
          'you can now assess other candidates’ portfolios, which counts as your own CPD.',
        country: 'ALT runs CMALT assessment with volunteer CMALT holders.',
      },
      nextAfter: ['cmalt', 'senior-cmalt'],
      cpdType: 'assessing-portfolio',
      milestones: [
        'Attend an assessor webinar',
        'Complete three assessments as second assessor',
        'Lead an assessment',
      ],
      sources: [ALT_CMALT_SUPPORT],
    },
    {
      key: 'coaching-cycle',
      kind: 'cpd-activity',
      title: 'Run a four-week coaching cycle with a teacher',
      summary:
        'Seed 004’s cycle: a goal-setting conference on a student learning target, a model lesson you teach, a co-taught lesson, then a reflective debrief.',
      cost: 'Free (time)',
      duration: 'Four weeks',
      audience: {
        sectors: ['k12', 'further-education'],
        families: ['learning-technologist', 'trainer', 'digital-capability'],
      },
      develops: ['pedagogy', 'practice'],
      helpsWith: [
        { framework: 'iste-coaches', item: '4.3' },
        { framework: 'iste-coaches', item: '4.5b' },
        { framework: 'iste-coaches', item: '4.5c' },
      ],
      why: {
        sector:
          'seed 004 describes embedded coaching cycles as what builds trust with teachers and changes practice.',
        family: 'coaching teachers is most of the week in this role (seed 004’s 70/30 rule).',
      },
      cpdType: 'coaching',
      milestones: [
        'Agree a goal with a teacher',
        'Teach a model lesson',
        'Co-teach',
        'Debrief and log it',
      ],
      sources: [SEED_004],
    },
    {
      key: 'lead-a-pilot',
      kind: 'cpd-activity',
      title: 'Lead a pilot of a new tool',
      summary:
        'Run a short pilot with a few volunteer teachers: check privacy, access and cost first, observe, collect usage and outcome data, and recommend whether to roll it out.',
      cost: 'Free (time)',
      duration: 'Four to six weeks (seed 004)',
      audience: {
        families: [
          'learning-technologist',
          'technical-specialist',
          'digital-capability',
          'learning-designer',
        ],
        targetSeniorities: ['senior', 'leadership'],
      },
      develops: ['leadership', 'technical'],
      helpsWith: [
        { framework: 'iste-coaches', item: '4.3c' },
        { framework: 'cmalt', item: '1c' },
        { framework: 'cetl', item: 'data-privacy-and-security' },
      ],
      why: {
        family: 'evaluating and rolling out tools is core to the role (seed 004).',
        target:
          'district- and institution-wide posts decide what every school or department uses; a pilot you led is the evidence.',
      },
      cpdType: 'collaborative-problem-solving',
      milestones: [
        'Pick the tool and the teachers',
        'Check privacy and accessibility',
        'Run the pilot',
        'Write the recommendation',
      ],
      sources: [SEED_004],
    },
    {
      key: 'explore-new-technology',
      kind: 'cpd-activity',
      title: 'Set aside time to explore new technology',
      summary:
        'Protected time to try a new tool or technique hands-on, to find out how it works and what it could do for teaching and learning, and log what you found.',
      cost: 'Free (time)',
      duration: 'An hour or two a week',
      audience: { families: [...MOST_FAMILIES] },
      develops: ['technical'],
      helpsWith: [
        { framework: 'cmalt', item: '1a' },
        { framework: 'cmalt', item: '1b' },
        { framework: 'cmalt', item: 'P2' },
      ],
      why: {
        family:
          'seed 002 found that time to explore new technology was what learning technology staff needed most.',
      },
      cpdType: 'exploring-technology',
      milestones: ['Agree protected time with your manager', 'Try one tool', 'Log what you found'],
      sources: [SEED_002],
    },
    {
      key: 'project-management-training',
      kind: 'cpd-activity',
      title: 'Training in project management, budgets and bid writing',
      summary:
        'A course or a shadowing arrangement in project management, financial planning and writing bids for funding: skills seed 002 found learning technology staff wanted, and that senior posts rely on.',
      cost: 'Varies',
      duration: 'Varies',
      audience: {
        families: [...MOST_FAMILIES, 'project-manager'],
        targetSeniorities: ['leadership'],
        targetFamilies: ['project-manager', 'senior-management'],
      },
      develops: ['leadership'],
      helpsWith: [
        { framework: 'jisc-2001-role-map', item: 'management-project-management' },
        { framework: 'cetl', item: 'business-management' },
        { framework: 'cetl', item: 'strategic-planning' },
      ],
      why: {
        target: 'leading a team means owning budgets, plans and bids.',
      },
      requiresTarget: true,
      cpdType: 'formal-study',
      milestones: ['Choose a course', 'Complete it', 'Apply it to a real project'],
      sources: [SEED_002],
    },
    {
      key: 'shadow-a-teacher',
      kind: 'cpd-activity',
      title: 'Shadow a classroom teacher for a semester',
      summary:
        'Spend regular time in a teacher’s classroom to see how students and teachers actually use (and break) technology, before coaching teachers yourself.',
      cost: 'Free (time)',
      duration: 'A semester (seed 004)',
      audience: {
        sectors: ['k12'],
        backgrounds: [
          'it',
          'web-design',
          'graphic-design',
          'video-production',
          'print-editing',
          'research',
        ],
      },
      develops: ['pedagogy', 'practice'],
      helpsWith: [
        { framework: 'iste-coaches', item: '4.3a' },
        { framework: 'iste-coaches', item: '4.4a' },
      ],
      why: {
        sector:
          'seed 004 advises people coming from IT to shadow a teacher for a full semester before applying for coaching roles.',
      },
      cpdType: 'peer-discussion',
      milestones: [
        'Find a teacher willing to host you',
        'Agree a weekly slot',
        'Reflect on what you saw',
      ],
      sources: [SEED_004],
    },
  ],
};
