import type { TTemplateSectionSpec } from '../../../../../contracts/portfolios';
import type { BuiltinTemplate } from './types';

/**
 * CMALT portfolios (ALT's 2019 guidelines): every section is judged on description, evidence
 * and reflection. Word ranges are Cairn's guidance for a balanced portfolio, shown as
 * warnings, never as limits.
 */
const ALL = ['description', 'evidence', 'reflection'] as const;
const words = (min: number, max: number) => ({ min, max });

const contextual: TTemplateSectionSpec = {
  key: 'contextual-statement',
  title: 'Contextual statement',
  guidance:
    'Describe your role, your organisation and the people you work with and for, so that assessors can read every other section against the realities of your job.',
  parts: ['description'],
  words: words(200, 800),
  items: ['cmalt contextual-statement'],
};

const futurePlans: TTemplateSectionSpec = {
  key: 'future-plans',
  title: 'Future plans',
  guidance:
    'A reflective plan for your development over the next few years that follows from what this portfolio shows. Your three-year review will look back at it.',
  parts: ['description'],
  words: words(150, 600),
  items: ['cmalt future-plans'],
};

const subArea = (
  code: string,
  title: string,
  guidance: string,
  extra: Partial<TTemplateSectionSpec> = {},
): TTemplateSectionSpec => ({
  key: `core-${code}`,
  title: `${code} ${title}`,
  guidance,
  parts: [...ALL],
  words: words(250, 1000),
  items: [`cmalt ${code}`],
  ...extra,
});

const LEGISLATION = [
  'Copyright and licensing',
  'Data protection (UK GDPR)',
  'Accessibility and equality law',
  'Freedom of information',
  'Safeguarding and Prevent duty',
  'Computer misuse',
];

export const coreAreas: TTemplateSectionSpec[] = [
  subArea(
    '1a',
    'Understanding the constraints and benefits of different technologies',
    'Show how you weighed what a technology makes possible against its limits, costs and risks, and chose with that in mind. An evaluation that led to a decision is typical evidence.',
  ),
  subArea(
    '1b',
    'Technical knowledge and ability in the use of learning technology',
    'Show your hands-on skill with the technologies you use and support, and how you keep it up to date.',
  ),
  subArea(
    '1c',
    'Supporting the deployment of learning technologies',
    'Show how you helped a technology work for real people: rollout, support, training, troubleshooting.',
  ),
  subArea(
    '2a',
    'Understanding teaching, learning and/or assessment processes',
    'Explain the principles behind your work on teaching, learning design or assessment, and reflect on how technology shifts approaches and roles.',
  ),
  subArea(
    '2b',
    'Understanding your target learners',
    'Show who the learners are (needs, circumstances, access to technology) and how that knowledge shaped what you designed or supported.',
  ),
  subArea(
    '3a',
    'Legislation',
    'Show how you applied at least one area of law in your own work: describing the law is not enough, show what you did differently because of it.',
    {
      declarations: {
        label: 'Legislative area(s) you address',
        hint: 'Name the area(s) of law this section shows you applying, for example copyright or data protection.',
        min: 1,
        suggestions: LEGISLATION,
      },
    },
  ),
  subArea(
    '3b',
    'Policies and standards',
    'Show how institutional policies or external standards shape your work: a second area of legislation, or a policy or standard.',
    {
      declarations: {
        label: 'A second legislative area, or a policy or standard',
        hint: 'Name what this section addresses, different from 3a: for example WCAG 2.2, your lecture capture policy, or a second area of law.',
        min: 1,
        suggestions: [
          ...LEGISLATION,
          'WCAG 2.2',
          'Institutional lecture capture policy',
          'IMS/1EdTech standards',
        ],
      },
    },
  ),
  {
    key: 'core-4',
    title: '4 Communication and working with others',
    guidance:
      'Give at least two concrete examples of communicating and collaborating with colleagues, learners or partners to get learning technology work done.',
    parts: [...ALL],
    words: words(250, 1000),
    items: ['cmalt 4'],
    minEvidence: 2,
  },
];

const specialist = (n: number, optional = false): TTemplateSectionSpec => ({
  key: `specialist-${n}`,
  title: n === 1 ? 'Specialist area' : `Specialist area ${n}`,
  guidance:
    'An area of your own choosing where you have particular depth (video, accessibility, assessment design, learning analytics…). Name it, then describe, evidence and reflect as in the core areas.',
  parts: [...ALL],
  words: words(300, 1200),
  items: ['cmalt specialist-areas'],
  named: true,
  ...(optional ? { optional } : {}),
});

export const CMALT_TEMPLATES: BuiltinTemplate[] = [
  {
    key: 'cmalt',
    title: 'CMALT',
    scheme: 'CMALT (ALT)',
    description:
      'The main pathway for experienced practitioners: a contextual statement, the four core areas with their sub-areas, one specialist area and future plans.',
    spec: {
      framework: 'cmalt',
      words: words(3000, 8000),
      sections: [contextual, ...coreAreas, specialist(1), futurePlans],
    },
  },
  {
    key: 'cmalt-associate',
    title: 'Associate CMALT',
    scheme: 'CMALT (ALT)',
    description:
      'For people early in a learning technology career, or for whom learning technology is a smaller part of the job: the same structure, with shorter sections and the specialist area optional.',
    spec: {
      framework: 'cmalt',
      words: words(1500, 5000),
      sections: [
        { ...contextual, words: words(150, 500) },
        ...coreAreas.map((s) => ({ ...s, words: words(150, 600) })),
        { ...specialist(1, true), words: words(150, 800) },
        futurePlans,
      ],
    },
  },
  {
    key: 'cmalt-senior',
    title: 'Senior CMALT',
    scheme: 'CMALT (ALT)',
    description:
      'For experienced practitioners whose role includes leadership, management or research: the core areas, two specialist areas and an advanced area on leadership.',
    spec: {
      framework: 'cmalt',
      words: words(4000, 10000),
      sections: [
        contextual,
        ...coreAreas,
        specialist(1),
        specialist(2),
        {
          key: 'advanced-leadership',
          title: 'Advanced area: leadership',
          guidance:
            'Show how you lead: strategy, management of people or projects, research that changed practice, or influence beyond your institution.',
          parts: [...ALL],
          words: words(400, 1500),
          items: ['cmalt pathway-senior'],
        },
        futurePlans,
      ],
    },
  },
  {
    key: 'cmalt-review',
    title: 'CMALT three-year review',
    scheme: 'CMALT (ALT)',
    description:
      'Every three years: a summary of your recent work and updated future plans, added to your existing CMALT portfolio.',
    spec: {
      framework: 'cmalt',
      extends: ['cmalt', 'cmalt-associate', 'cmalt-senior'],
      sections: [
        {
          key: 'recent-work',
          title: 'Summary of recent work',
          guidance:
            'What you have done since your last (re)accreditation: new responsibilities, projects and learning, with evidence and a reflection on what changed in your practice.',
          parts: [...ALL],
          words: words(300, 1200),
        },
        {
          key: 'updated-future-plans',
          title: 'Updated future plans',
          guidance:
            'Look back at the plans in your portfolio: what happened to them, and what you plan for the next three years.',
          parts: ['description', 'reflection'],
          words: words(200, 800),
          items: ['cmalt future-plans'],
        },
      ],
    },
  },
];
