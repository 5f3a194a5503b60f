import type { CatalogueFile } from '../../schema';
import { COSN_CETL, COSN_HANDBOOK, COSN_HOME, SEED_001, SEED_004 } from '../sources';

const WCET = {
  name: 'WCET (WICHE Cooperative for Educational Technologies)',
  url: 'https://wcet.wiche.edu/',
};
const OLC = {
  name: 'Online Learning Consortium (OLC)',
  url: 'https://onlinelearningconsortium.org/',
};

/** The United States: CoSN and its CETL for K-12 technology leaders, WCET, OLC, state organisations. */
export const US: CatalogueFile = {
  name: 'local/us',
  entries: [
    {
      key: 'cosn-cetl',
      kind: 'certification',
      title: 'CoSN Certified Education Technology Leader (CETL)',
      summary:
        'The certification for K-12 technology leaders, based on CoSN’s Framework of Essential Skills of the K-12 CTO: leadership and vision, the educational environment, and managing technology and support resources.',
      provider: 'CoSN (Consortium for School Networking)',
      url: 'https://www.cosn.org/certification/cetl%C2%AE-exam-and-preparation',
      prerequisites: [
        'A bachelor’s degree (or a waiver with seven years of experience)',
        'Four years of education technology experience across the framework’s three areas',
      ],
      cost: 'Varies: an exam fee, lower for CoSN members (seed 004 budgets US$200–500 per exam)',
      duration: 'A 100-question exam; valid three years',
      countries: ['US'],
      international: true,
      audience: {
        sectors: ['k12'],
        families: [
          'learning-technologist',
          'technical-specialist',
          'senior-management',
          'digital-capability',
        ],
        seniorities: ['senior', 'leadership'],
        targetSeniorities: ['senior', 'leadership'],
        minYears: 4,
      },
      develops: ['leadership', 'technical'],
      helpsWith: [
        { framework: 'cetl', item: 'leadership-and-vision' },
        { framework: 'cetl', item: 'strategic-planning' },
        { framework: 'cetl', item: 'business-management' },
        { framework: 'cetl', item: 'team-building-and-staffing' },
        { framework: 'cetl', item: 'data-privacy-and-security' },
      ],
      why: {
        sector:
          'for district-level director posts seed 004 recommends CETL: it shows you can manage budgets and infrastructure, not just apps.',
        target:
          'district-wide posts carry budget and procurement authority, which CETL is the credential for (seed 004).',
        stage: 'CETL is aimed at current and aspiring district technology leaders.',
        experience: 'CoSN asks for four years of education technology experience.',
      },
      aliases: ['CETL', 'Certified Education Technology Leader'],
      renewal: 'Recertify every three years with 60 hours of continuing education.',
      milestones: ['Take the CETL self-assessment', 'Apply to sit the exam', 'Pass the exam'],
      sources: [COSN_CETL, COSN_HANDBOOK, SEED_004],
    },
    {
      key: 'cosn',
      kind: 'network',
      title: 'CoSN (Consortium for School Networking)',
      summary:
        'The US professional association for K-12 education technology leaders, with state chapters, resources and the CETL certification.',
      provider: 'CoSN',
      url: 'https://www.cosn.org/',
      cost: 'Varies',
      duration: 'Yearly membership',
      countries: ['US'],
      audience: { sectors: ['k12'] },
      develops: ['network', 'leadership'],
      helpsWith: [{ framework: 'cetl', item: 'leadership-and-vision' }],
      why: {
        sector: 'seed 004 names active participation in ISTE or CoSN as the way to stay current.',
        country: 'CoSN is the US network of district technology leaders.',
      },
      aliases: ['CoSN', 'Consortium for School Networking'],
      milestones: ['Join CoSN or your state chapter'],
      sources: [COSN_HOME, SEED_004],
    },
    {
      key: 'cosn-annual-conference',
      kind: 'conference',
      title: 'CoSN annual conference',
      summary:
        'CoSN’s yearly conference for K-12 technology leaders: strategy, infrastructure, data privacy and leadership.',
      provider: 'CoSN',
      url: 'https://www.cosn.org/',
      cost: 'Varies',
      duration: 'A few days each year',
      countries: ['US'],
      audience: {
        sectors: ['k12'],
        seniorities: ['senior', 'leadership'],
        targetSeniorities: ['senior', 'leadership'],
      },
      develops: ['network', 'leadership'],
      helpsWith: [
        { framework: 'cetl', item: 'strategic-planning' },
        { framework: 'iste-coaches', item: '4.2b' },
      ],
      why: {
        sector: 'it is where district technology leaders meet.',
        country: 'it is the main US meeting of K-12 technology leaders.',
        target: 'it puts you among the district leaders you want to join.',
        stage: 'it is aimed at technology leaders.',
      },
      organiser: 'cosn',
      milestones: ['Book a place', 'Write up what you learned in the CPD log'],
      sources: [COSN_HOME, SEED_004],
    },
    {
      key: 'wcet',
      kind: 'network',
      title: 'WCET',
      summary:
        'The US network for digital learning in higher education: policy, practice and technology, with webinars, reports and an annual meeting.',
      provider: 'WICHE Cooperative for Educational Technologies',
      url: 'https://wcet.wiche.edu/',
      cost: 'Varies (usually an institutional membership)',
      duration: 'Yearly membership',
      countries: ['US'],
      audience: { sectors: ['higher-education', 'further-education', 'continuing-education'] },
      develops: ['network'],
      helpsWith: [{ framework: 'cmalt', item: '3' }],
      why: {
        country:
          'seed 001 calls WCET an essential network for most people in this field in the USA.',
        sector: 'WCET follows digital learning policy and practice in post-secondary education.',
      },
      aliases: ['WCET', 'WICHE Cooperative for Educational Technologies'],
      milestones: ['Check whether your institution is a member', 'Join a WCET webinar'],
      sources: [WCET, SEED_001],
    },
    {
      key: 'wcet-annual-meeting',
      kind: 'conference',
      title: 'WCET Annual Meeting',
      summary:
        'WCET’s yearly meeting on digital learning policy and practice in US post-secondary education.',
      provider: 'WCET',
      url: 'https://wcet.wiche.edu/',
      cost: 'Varies (conferences can be expensive, seed 001)',
      duration: 'A few days each year',
      countries: ['US'],
      audience: { sectors: ['higher-education', 'further-education', 'continuing-education'] },
      develops: ['network'],
      helpsWith: [{ framework: 'cmalt', item: 'P2' }],
      why: {
        country: 'seed 001 suggests getting known at the annual meetings of the networks.',
        sector: 'it gathers digital learning staff from colleges and universities.',
      },
      organiser: 'wcet',
      milestones: ['Book a place', 'Write up what you learned in the CPD log'],
      sources: [WCET, SEED_001],
    },
    {
      key: 'olc',
      kind: 'network',
      title: 'Online Learning Consortium (OLC)',
      summary:
        'A US community for online and digital learning in higher education, with courses and certificates in online teaching and instructional design.',
      provider: 'Online Learning Consortium',
      url: 'https://onlinelearningconsortium.org/',
      cost: 'Varies',
      duration: 'Yearly membership; courses of a few weeks',
      countries: ['US'],
      international: true,
      audience: {
        sectors: [
          'higher-education',
          'further-education',
          'continuing-education',
          'corporate-training',
        ],
      },
      develops: ['network', 'pedagogy'],
      helpsWith: [
        { framework: 'cmalt', item: '2a' },
        { framework: 'iste-coaches', item: '4.4d' },
      ],
      why: {
        country: 'OLC is one of the main US networks for online learning.',
        sector:
          'seed 004 notes that IT professionals pivot into the field through OLC’s learning design courses.',
      },
      aliases: ['OLC', 'Online Learning Consortium'],
      milestones: ['Join OLC', 'Take one of its online teaching or design courses'],
      sources: [OLC, SEED_004],
    },
    {
      key: 'olc-accelerate',
      kind: 'conference',
      title: 'OLC Accelerate',
      summary:
        'The Online Learning Consortium’s yearly conference on online, blended and digital learning.',
      provider: 'Online Learning Consortium',
      url: 'https://onlinelearningconsortium.org/',
      cost: 'Varies (conferences can be expensive, seed 001)',
      duration: 'A few days each year',
      countries: ['US'],
      audience: { sectors: ['higher-education', 'further-education', 'continuing-education'] },
      develops: ['network'],
      helpsWith: [{ framework: 'cmalt', item: 'P2' }],
      why: {
        country: 'it is one of the main US conferences on online learning.',
        sector: 'it gathers online learning staff of colleges and universities.',
      },
      organiser: 'olc',
      milestones: ['Submit a proposal', 'Book a place'],
      sources: [OLC, SEED_001],
    },
    {
      key: 'state-edtech-organisation',
      kind: 'network',
      title: 'Your state educational technology organisation',
      summary:
        'Most US states have an educational technology association (often an ISTE affiliate or CoSN chapter) with a conference, workshops and renewal credits.',
      provider: 'State associations',
      url: null,
      cost: 'Varies',
      duration: 'Yearly membership',
      countries: ['US'],
      audience: { sectors: ['k12'] },
      develops: ['network'],
      helpsWith: [{ framework: 'iste-coaches', item: '4.2b' }],
      why: {
        sector:
          'seed 004 advises joining your state educational technology organisation for conference discounts and renewal credits.',
        country: 'state organisations are where district staff meet.',
      },
      milestones: ['Find your state’s association', 'Join', 'Present at its conference'],
      sources: [SEED_004],
    },
    {
      key: 'teaching-licence-alternative-route',
      kind: 'qualification',
      title: 'A teaching certification through an alternative route',
      summary:
        'Seed 004: most K-12 educational technology posts ask for three or more years of certified teaching. People from IT or computing degrees can add a teaching certification through an alternative route.',
      provider: 'State alternative certification programmes',
      url: null,
      prerequisites: ['A bachelor’s degree'],
      cost: 'Varies',
      duration: 'Varies; then three to five years of classroom teaching (seed 004)',
      countries: ['US'],
      audience: {
        sectors: ['k12'],
        seniorities: ['entry', 'practitioner'],
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
        { framework: 'iste-coaches', item: '4.4a' },
        { framework: 'iste-coaches', item: '4.3a' },
      ],
      why: {
        sector:
          'seed 004 reports that 85% of K-12 educational technologist postings ask for three or more years of certified teaching.',
        country: 'state licensure decides who can teach in US public schools.',
      },
      heldAs: {
        level: 'certificate',
        subjectWords: ['teaching', 'teacher', 'licensure', 'education'],
      },
      milestones: [
        'Find your state’s alternative route',
        'Enrol',
        'Start teaching with your own class',
      ],
      sources: [SEED_004],
    },
  ],
  overrides: [
    {
      key: 'masters-educational-technology',
      countries: ['US'],
      set: {
        summary:
          'A part-time, often fully online master’s in educational technology or learning design. Seed 004 names Boise State’s M.E.T. (33 credits, fully online), Purdue’s M.S. in Learning Design and Technology (35 credits, with an internship) and the University of Florida’s M.Ed. with an educational technology concentration.',
        provider: 'e.g. Boise State University, Purdue University, University of Florida',
        cost: 'US$15,000–40,000 in tuition (seed 004); Boise State about US$450 per credit hour',
        duration:
          'Two to three years part-time (seed 004), usually between years three and five of teaching',
      },
      sources: [SEED_004],
    },
  ],
};
