import type { BuiltinFramework } from './types';

/** CMALT, following ALT's July 2019 guidelines for the three pathways. */
export const CMALT: BuiltinFramework = {
  key: 'cmalt',
  identifier: '2520a72e-bdb8-45bf-be7d-c14054208ddb',
  title: 'CMALT (Certified Membership of the Association for Learning Technology)',
  publisher: 'Association for Learning Technology (ALT)',
  version: '2019',
  sourceUrl: 'https://www.alt.ac.uk/certified-membership',
  description:
    'Peer-assessed professional accreditation for anyone whose work involves learning technology. Candidates build a portfolio in which each section gives a description of their practice, evidence for it and a reflection on it; two certified peers assess it, and holders update it every three years.',
  items: [
    {
      key: 'contextual-statement',
      title: 'Contextual statement',
      statement:
        'A short account of your role, your organisation and the people you work with and for. It lets assessors read every other section against the realities of your job.',
      type: 'Section',
    },
    {
      key: '1',
      code: '1',
      title: 'Operational issues',
      statement:
        'How you handle learning technology in day-to-day practice: picking suitable tools, using them competently and helping them work for real people in a real setting.',
      type: 'Core area',
      children: [
        {
          key: '1a',
          code: '1a',
          title: 'Understanding the constraints and benefits of different technologies',
          statement:
            'You can weigh what a technology makes possible against its limits, costs and risks, and choose with that in mind. A comparison or evaluation of tools that led to a decision is typical evidence.',
          type: 'Sub-area',
        },
        {
          key: '1b',
          code: '1b',
          title: 'Technical knowledge and ability in the use of learning technology',
          statement:
            'You have hands-on skill with the learning technologies you work with, at the depth your role calls for. Something you built, configured, scripted or fixed makes good evidence.',
          type: 'Sub-area',
        },
        {
          key: '1c',
          code: '1c',
          title: 'Supporting the deployment of learning technologies',
          statement:
            'You have helped put a technology into use and keep it working for people: planning a rollout, preparing guidance, training and supporting staff or students, or running the service.',
          type: 'Sub-area',
        },
      ],
    },
    {
      key: '2',
      code: '2',
      title: 'Teaching, learning and/or assessment processes',
      statement:
        'Your grasp of how teaching, learning and assessment work, and of how technology changes them for learners, teachers and support staff.',
      type: 'Core area',
      children: [
        {
          key: '2a',
          code: '2a',
          title: 'Understanding teaching, learning and/or assessment processes',
          statement:
            'You understand teaching, learning design or assessment through experience, study or both, and can explain the principles behind your work. You reflect on how technology is shifting approaches and roles in your setting.',
          type: 'Sub-area',
        },
        {
          key: '2b',
          code: '2b',
          title: 'Understanding your target learners',
          statement:
            'You know who the learners are, including their needs, circumstances, prior experience and access to technology, and you can show how that knowledge shaped what you designed or supported.',
          type: 'Sub-area',
        },
      ],
    },
    {
      key: '3',
      code: '3',
      title: 'The wider context',
      statement:
        'Your awareness of the laws, policies and standards that bear on learning technology work, and of how they change what you do in practice.',
      type: 'Core area',
      children: [
        {
          key: '3a',
          code: '3a',
          title: 'Legislation',
          statement:
            'How you have applied at least one area of law to your own work, such as copyright and licensing, data protection or accessibility and equality law. Describing the law is not enough: show what you did differently because of it.',
          type: 'Sub-area',
        },
        {
          key: '3b',
          code: '3b',
          title: 'Policies and standards',
          statement:
            'How institutional policies or external standards shape your work, for example an accessibility standard, an interoperability specification or a local policy on lecture capture or assessment.',
          type: 'Sub-area',
        },
      ],
    },
    {
      key: '4',
      code: '4',
      title: 'Communication and working with others',
      statement:
        'How you communicate and collaborate with colleagues, learners and partners to get learning technology work done, shown through concrete examples of working with different people.',
      type: 'Core area',
    },
    {
      key: 'specialist-areas',
      title: 'Specialist area(s)',
      statement:
        'One or more areas of your own choosing where you have particular depth, such as video, accessibility, assessment design or learning analytics, each with its own description, evidence and reflection.',
      type: 'Section',
    },
    {
      key: 'future-plans',
      title: 'Future plans',
      statement:
        'A reflective plan for your own development over the coming years that follows from what the portfolio shows. The three-yearly review looks back at it and updates it.',
      type: 'Section',
    },
    {
      key: 'principles',
      title: 'Core principles',
      statement:
        'Four commitments that assessors expect to see running through the whole portfolio rather than in a section of their own.',
      type: 'Principle group',
      children: [
        {
          key: 'principle-interplay',
          code: 'P1',
          title: 'Interplay of technology and learning',
          statement:
            'A commitment to exploring how technology and learning shape each other, rather than treating tools as ends in themselves.',
          type: 'Principle',
        },
        {
          key: 'principle-up-to-date',
          code: 'P2',
          title: 'Keeping up to date',
          statement:
            'A commitment to following new technologies and the practice around them, and to acting on what you find.',
          type: 'Principle',
        },
        {
          key: 'principle-empathy',
          code: 'P3',
          title: 'Empathy with and learning from colleagues of other backgrounds',
          statement:
            'Willingness to understand and learn from people who come to the work from other disciplines, roles and specialisms.',
          type: 'Principle',
        },
        {
          key: 'principle-dissemination',
          code: 'P4',
          title: 'Communicating and disseminating effective practice',
          statement:
            'A commitment to sharing what works, and what did not, with colleagues inside and beyond your organisation.',
          type: 'Principle',
        },
      ],
    },
    {
      key: 'pathways',
      title: 'Pathways',
      statement:
        'The three routes to certification, each with its own guidelines, all judged by peers on description, evidence and reflection.',
      type: 'Pathway group',
      children: [
        {
          key: 'pathway-associate',
          title: 'Associate CMALT',
          statement:
            'For people early in a learning technology career, or for whom learning technology is a smaller part of the job. Expectations are set for that stage of practice.',
          type: 'Pathway',
        },
        {
          key: 'pathway-cmalt',
          title: 'CMALT',
          statement:
            'The main pathway for experienced practitioners: a contextual statement, the four core areas, at least one specialist area and future plans.',
          type: 'Pathway',
        },
        {
          key: 'pathway-senior',
          title: 'Senior CMALT',
          statement:
            'For experienced practitioners whose role includes leadership, management or research. The portfolio covers two specialist areas plus an advanced area on leadership.',
          type: 'Pathway',
        },
      ],
    },
  ],
};
