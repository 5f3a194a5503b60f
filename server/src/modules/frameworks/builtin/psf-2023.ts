import type { BuiltinFramework } from './types';

/** Advance HE Professional Standards Framework 2023 (launched January 2023). */
export const PSF_2023: BuiltinFramework = {
  key: 'psf-2023',
  identifier: '560f2786-8470-4ab6-a312-442acdd045d7',
  title:
    'Professional Standards Framework for teaching and supporting learning in higher education (PSF 2023)',
  publisher: 'Advance HE',
  version: '2023',
  sourceUrl: 'https://www.advance-he.ac.uk/teaching-and-learning/psf',
  description:
    'The sector framework for teaching and supporting learning in higher education, used for Advance HE fellowship and for accredited teaching programmes. Fifteen dimensions in three groups (professional values, core knowledge, areas of activity) describe the work, and four descriptors set out what each category of fellowship requires.',
  items: [
    {
      key: 'values',
      title: 'Professional Values',
      statement:
        'The commitments that should show in how someone teaches or supports learning, whatever their role.',
      type: 'Dimension group',
      children: [
        {
          key: 'V1',
          code: 'V1',
          title: 'Respecting individual learners and diverse groups',
          statement:
            'Treating each learner as an individual and taking the differences within and between groups of learners seriously when making choices about teaching and support.',
          type: 'Dimension',
        },
        {
          key: 'V2',
          code: 'V2',
          title: 'Promoting engagement and equity',
          statement:
            'Working so that learners take an active part in their learning and so that everyone has a fair chance to succeed, removing barriers where you can.',
          type: 'Dimension',
        },
        {
          key: 'V3',
          code: 'V3',
          title: 'Scholarship, research or evidence-informed approaches',
          statement:
            'Grounding practice in scholarship, research or other sound evidence rather than habit alone, and being able to say what that evidence is.',
          type: 'Dimension',
        },
        {
          key: 'V4',
          code: 'V4',
          title: 'Responding to the wider higher-education context',
          statement:
            'Understanding the policy, social and institutional setting of higher education and adjusting practice to what it demands.',
          type: 'Dimension',
        },
        {
          key: 'V5',
          code: 'V5',
          title: 'Collaborating with others',
          statement:
            'Working with colleagues, students and partners to improve teaching and learning, rather than improving practice alone.',
          type: 'Dimension',
        },
      ],
    },
    {
      key: 'knowledge',
      title: 'Core Knowledge',
      statement:
        'What someone needs to know, in their subject and role, to teach or support learning well.',
      type: 'Dimension group',
      children: [
        {
          key: 'K1',
          code: 'K1',
          title: 'How learners learn',
          statement:
            'Knowing how people learn, both in general and in the particular subject or discipline you work in.',
          type: 'Dimension',
        },
        {
          key: 'K2',
          code: 'K2',
          title: 'Approaches to teaching and supporting learning',
          statement:
            'Knowing a range of ways to teach and support learning, and which of them fit the subject and the level of study.',
          type: 'Dimension',
        },
        {
          key: 'K3',
          code: 'K3',
          title: 'Critical evaluation',
          statement:
            'Knowing how to judge your own practice critically, using feedback, data and evidence, and using that judgement to improve it.',
          type: 'Dimension',
        },
        {
          key: 'K4',
          code: 'K4',
          title: 'Digital and other technologies and resources',
          statement:
            'Knowing how to choose and use digital and other technologies and resources so that they actually help learning.',
          type: 'Dimension',
        },
        {
          key: 'K5',
          code: 'K5',
          title: 'Quality assurance and enhancement',
          statement:
            'Knowing the quality assurance and enhancement requirements that apply to your teaching, and what they mean for day-to-day practice.',
          type: 'Dimension',
        },
      ],
    },
    {
      key: 'activities',
      title: 'Areas of Activity',
      statement: 'The kinds of work that teaching and supporting learning involve.',
      type: 'Dimension group',
      children: [
        {
          key: 'A1',
          code: 'A1',
          title: 'Design and plan learning',
          statement: 'Designing and planning learning activities, modules or whole programmes.',
          type: 'Dimension',
        },
        {
          key: 'A2',
          code: 'A2',
          title: 'Teach and support learning',
          statement:
            'Teaching or supporting learning directly, using approaches and learning environments that suit the learners and the subject.',
          type: 'Dimension',
        },
        {
          key: 'A3',
          code: 'A3',
          title: 'Assess and give feedback',
          statement:
            'Assessing learners and giving feedback that helps them learn, not only grading what they have done.',
          type: 'Dimension',
        },
        {
          key: 'A4',
          code: 'A4',
          title: 'Support and guide learners',
          statement:
            'Supporting and guiding learners beyond the content itself, for example with study skills, transitions, wellbeing or progression.',
          type: 'Dimension',
        },
        {
          key: 'A5',
          code: 'A5',
          title: 'Enhance practice through own CPD',
          statement:
            'Improving your own practice through continuing professional development and showing what changed as a result.',
          type: 'Dimension',
        },
      ],
    },
    {
      key: 'descriptors',
      title: 'Descriptors',
      statement:
        'The four categories of fellowship, each describing the scope and reach of practice a candidate must show against the dimensions.',
      type: 'Descriptor group',
      children: [
        {
          key: 'D1',
          code: 'D1',
          title: 'Associate Fellow',
          statement:
            'For people whose role includes a defined part of teaching or supporting learning, such as early-career teachers, demonstrators or learning support staff. They show effective practice in that part, informed by the values and relevant knowledge.',
          type: 'Descriptor',
        },
        {
          key: 'D2',
          code: 'D2',
          title: 'Fellow',
          statement:
            'For people with broad responsibility for teaching or supporting learning. They show effective practice across all the areas of activity, core knowledge and professional values.',
          type: 'Descriptor',
        },
        {
          key: 'D3',
          code: 'D3',
          title: 'Senior Fellow',
          statement:
            'For experienced practitioners who, beyond their own sustained effective practice, lead, mentor or influence the teaching and learning practice of others.',
          type: 'Descriptor',
        },
        {
          key: 'D4',
          code: 'D4',
          title: 'Principal Fellow',
          statement:
            'For senior staff whose strategic leadership of teaching and learning has a sustained effect across an institution or beyond it, nationally or internationally.',
          type: 'Descriptor',
        },
      ],
    },
  ],
};
