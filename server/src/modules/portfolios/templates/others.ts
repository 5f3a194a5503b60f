import type { TTemplateSectionSpec } from '../../../../../contracts/portfolios';
import type { BuiltinTemplate } from './types';

const words = (min: number, max: number) => ({ min, max });

const ISTE_STANDARDS: [string, string][] = [
  ['4.1', 'Change Agent'],
  ['4.2', 'Connected Learner'],
  ['4.3', 'Collaborator'],
  ['4.4', 'Learning Designer'],
  ['4.5', 'Professional Learning Facilitator'],
  ['4.6', 'Data-Driven Decision-Maker'],
  ['4.7', 'Digital Citizen Advocate'],
];

/** ISTE Certification: artifacts with reflections mapped to the ISTE Standards for Coaches. */
export const ISTE_TEMPLATE: BuiltinTemplate = {
  key: 'iste-certification',
  title: 'ISTE Certification (Coaches)',
  scheme: 'ISTE Certification',
  description:
    'A portfolio of artifacts from your practice, each with a reflection, mapped to the seven ISTE Standards for Coaches. Submitted within six months of the online course.',
  spec: {
    framework: 'iste-coaches',
    sections: [
      {
        key: 'introduction',
        title: 'About you and your context',
        guidance: 'Your role, the educators you coach and the setting you work in.',
        parts: ['description'],
        words: words(100, 400),
      },
      ...ISTE_STANDARDS.map(
        ([code, title]): TTemplateSectionSpec => ({
          key: `standard-${code.replace('.', '-')}`,
          title: `${code} ${title}`,
          guidance: `Artifacts from your coaching that show the ${title} standard in practice, and a reflection on each: what you did, what happened, what you would change.`,
          parts: ['evidence', 'reflection'],
          words: words(150, 600),
          items: [`iste-coaches ${code}`],
        }),
      ),
    ],
  },
};

const psfSection = (
  key: string,
  title: string,
  guidance: string,
  items: string[],
  extra: Partial<TTemplateSectionSpec> = {},
): TTemplateSectionSpec => ({
  key,
  title,
  guidance,
  parts: ['description', 'evidence', 'reflection'],
  items: items.map((c) => `psf-2023 ${c}`),
  ...extra,
});

const context = (words_: { min: number; max: number }) =>
  psfSection(
    'context',
    'Context statement',
    'Your role, your institution and the learners and colleagues you work with.',
    [],
    { parts: ['description'], words: words_ },
  );

const areas = ['A1', 'A2', 'A3', 'A4', 'A5'];
const dimensions = {
  label: 'Dimensions of the PSF this section addresses',
  hint: 'Name the areas of activity (A), core knowledge (K) and professional values (V) you show here, e.g. A2, K3, V1.',
  min: 1,
  suggestions: [...areas, ...['K1', 'K2', 'K3', 'K4', 'K5'], ...['V1', 'V2', 'V3', 'V4', 'V5']],
};

/** Advance HE fellowship against the Professional Standards Framework 2023, descriptors D1-D4. */
export const PSF_TEMPLATES: BuiltinTemplate[] = [
  {
    key: 'psf-d1',
    title: 'Associate Fellowship (D1)',
    scheme: 'Advance HE fellowship (PSF 2023)',
    description:
      'Descriptor 1: effectiveness in aspects of teaching and supporting learning. Two areas of activity, with the core knowledge and values that underpin them.',
    spec: {
      framework: 'psf-2023',
      words: words(1100, 1700),
      sections: [
        context(words(100, 300)),
        psfSection(
          'activity-1',
          'First area of activity',
          'How you design, teach, assess or support learning in one area of activity, with the knowledge and values behind it.',
          areas,
          { words: words(400, 700), declarations: dimensions },
        ),
        psfSection(
          'activity-2',
          'Second area of activity',
          'A second, different area of activity, in the same way.',
          areas,
          { words: words(400, 700), declarations: dimensions },
        ),
      ],
    },
  },
  {
    key: 'psf-d2',
    title: 'Fellowship (D2)',
    scheme: 'Advance HE fellowship (PSF 2023)',
    description:
      'Descriptor 2: effectiveness across all five areas of activity, all core knowledge and all professional values.',
    spec: {
      framework: 'psf-2023',
      words: words(3000, 4000),
      sections: [
        context(words(150, 400)),
        ...areas.map((a, i) =>
          psfSection(
            `area-${a.toLowerCase()}`,
            `${a} ${['Design and plan learning', 'Teach and support learning', 'Assess and give feedback', 'Support and guide learners', 'Enhance practice through your own CPD'][i]}`,
            'What you do in this area, the evidence for it, and your reflection on it, drawing on the core knowledge and values.',
            [a],
            { words: words(450, 800), declarations: dimensions },
          ),
        ),
      ],
    },
  },
  {
    key: 'psf-d3',
    title: 'Senior Fellowship (D3)',
    scheme: 'Advance HE fellowship (PSF 2023)',
    description:
      'Descriptor 3: a sustained record of effectiveness in leading, managing or organising teaching and learning, shown through two case studies.',
    spec: {
      framework: 'psf-2023',
      words: words(5500, 7000),
      sections: [
        context(words(300, 800)),
        psfSection(
          'case-study-1',
          'Case study 1',
          'How you led or supported others in teaching and learning, and what changed because of it.',
          areas,
          { words: words(2000, 3000), declarations: dimensions, named: true },
        ),
        psfSection(
          'case-study-2',
          'Case study 2',
          'A second case of leading or supporting others, different in kind from the first.',
          areas,
          { words: words(2000, 3000), declarations: dimensions, named: true },
        ),
        psfSection(
          'references',
          'Supporting statements',
          'Statements from colleagues who know your leadership of teaching and learning (add them as evidence).',
          [],
          { parts: ['evidence'], minEvidence: 2 },
        ),
      ],
    },
  },
  {
    key: 'psf-d4',
    title: 'Principal Fellowship (D4)',
    scheme: 'Advance HE fellowship (PSF 2023)',
    description:
      'Descriptor 4: sustained and effective strategic leadership of teaching and learning with impact at institutional, national or international level.',
    spec: {
      framework: 'psf-2023',
      words: words(6500, 9000),
      sections: [
        context(words(300, 800)),
        psfSection(
          'strategic-leadership',
          'Record of strategic leadership',
          'Your strategic leadership of teaching and learning, its reach and its impact.',
          areas,
          { words: words(5000, 7000), declarations: dimensions },
        ),
        psfSection(
          'references',
          'Supporting statements',
          'Statements from colleagues who know your strategic leadership (add them as evidence).',
          [],
          { parts: ['evidence'], minEvidence: 2 },
        ),
      ],
    },
  },
];

/** A portfolio for any purpose: three sections to start from, none of them required. */
export const FREEFORM_TEMPLATE: BuiltinTemplate = {
  key: 'free-form',
  title: 'Free-form portfolio',
  scheme: 'Free-form',
  description:
    'For a promotion case, a job application or your own record: an introduction, your work with evidence, and what comes next.',
  spec: {
    framework: null,
    sections: [
      {
        key: 'introduction',
        title: 'Introduction',
        guidance: 'Who you are and what this portfolio is for.',
        parts: ['description'],
      },
      {
        key: 'work',
        title: 'My work',
        guidance: 'What you have done, the evidence for it, and what you learnt.',
        parts: ['description', 'evidence', 'reflection'],
      },
      {
        key: 'next-steps',
        title: 'Next steps',
        guidance: 'Where you want to go from here.',
        parts: ['description'],
        optional: true,
      },
    ],
  },
};
