import type { BuiltinFramework, BuiltinItem } from './types';

function indicator(key: string, title: string, statement: string): BuiltinItem {
  return { key, code: key, title, statement, type: 'Indicator' };
}

/** ISTE Standards for Coaches (2019): 7 standards, 26 indicators. */
export const ISTE_COACHES: BuiltinFramework = {
  key: 'iste-coaches',
  identifier: 'f5fe0418-b26c-4745-8161-5ebb4b77e6d2',
  title: 'ISTE Standards for Coaches',
  publisher: 'ISTE (International Society for Technology in Education)',
  version: '2019',
  sourceUrl: 'https://iste.org/standards/coaches',
  description:
    'What instructional technology coaches do when they help teachers and school leaders use technology well: seven standards, each with indicators. Coaches use them to plan their work and to collect evidence, for example for ISTE Certification.',
  items: [
    {
      key: '4.1',
      code: '4.1',
      title: 'Change Agent',
      statement:
        'The coach moves teachers and leaders towards technology use that gives every learner fair, lasting access to good learning, and keeps that change going.',
      type: 'Standard',
      children: [
        indicator(
          '4.1a',
          'Shared vision',
          'Works with staff to agree what technology-rich learning should look like locally, and uses coaching to move the school towards it.',
        ),
        indicator(
          '4.1b',
          'Equitable use of tools and content',
          'Checks that digital tools and content are chosen and used so that every learner is served, including those with the least access or the most need.',
        ),
        indicator(
          '4.1c',
          'Supportive coaching culture',
          'Builds a climate in which teachers and leaders ask for coaching and get help towards both shared aims and their own goals.',
        ),
        indicator(
          '4.1d',
          'Recognising effective practice',
          'Notices and publicly credits colleagues anywhere in the organisation whose use of technology clearly improves teaching and learning.',
        ),
        indicator(
          '4.1e',
          'Connecting people',
          'Brings leaders, teachers, instructional and technical support staff, subject experts and vendors together so that technology delivers for learning.',
        ),
      ],
    },
    {
      key: '4.2',
      code: '4.2',
      title: 'Connected Learner',
      statement:
        'The coach practises what the ISTE standards for students and educators ask of others, and keeps working on their own coaching.',
      type: 'Standard',
      children: [
        indicator(
          '4.2a',
          'Deepening expertise',
          'Keeps studying the ISTE Standards and how they play out in classrooms, so that their own practice can serve as an example for colleagues.',
        ),
        indicator(
          '4.2b',
          'Professional learning networks',
          'Takes an active part in professional networks to improve as a coach and to follow new technologies, teaching approaches and findings from the learning sciences.',
        ),
        indicator(
          '4.2c',
          'Shared goals and reflection',
          'Agrees goals with the teachers they coach, looks back with them at what worked, and adjusts both coaching and teaching as a result.',
        ),
      ],
    },
    {
      key: '4.3',
      code: '4.3',
      title: 'Collaborator',
      statement:
        'The coach builds working relationships with teachers that lead to better teaching and better results for students.',
      type: 'Standard',
      children: [
        indicator(
          '4.3a',
          'Trusting relationships',
          'Earns the trust and respect that teachers need before they will risk trying an unfamiliar instructional strategy.',
        ),
        indicator(
          '4.3b',
          'Selecting digital content',
          'Works with teachers to find digital content that suits their students culturally and developmentally and fits the curriculum standards they teach to.',
        ),
        indicator(
          '4.3c',
          'Evaluating tools for adoption',
          'Works with teachers to test whether digital tools and content actually help, and feeds the findings into purchasing and adoption decisions.',
        ),
        indicator(
          '4.3d',
          'Personalised support',
          'Tailors help to each teacher, planning alongside them and demonstrating technology use that improves student learning.',
        ),
      ],
    },
    {
      key: '4.4',
      code: '4.4',
      title: 'Learning Designer',
      statement:
        'The coach demonstrates and supports the design of learning experiences and environments that meet the needs and interests of all students.',
      type: 'Standard',
      children: [
        indicator(
          '4.4a',
          'Authentic, active learning',
          'Co-designs active, real-world learning that gives students a say, deepens their grasp of the subject and lets them show what they can do.',
        ),
        indicator(
          '4.4b',
          'Digital assessment and feedback',
          'Helps teachers build assessments with digital tools that return feedback quickly and let learning be adjusted for each student.',
        ),
        indicator(
          '4.4c',
          'Accessible learning environments',
          'Co-designs digital learning spaces that are accessible, keep students active and work for learners who differ widely from one another.',
        ),
        indicator(
          '4.4d',
          'Instructional design principles',
          'Shows teachers how instructional design principles are applied while building digital learning environments with them.',
        ),
      ],
    },
    {
      key: '4.5',
      code: '4.5',
      title: 'Professional Learning Facilitator',
      statement:
        'The coach plans, delivers and evaluates professional learning that helps teachers and leaders use technology to improve teaching and learning.',
      type: 'Standard',
      children: [
        indicator(
          '4.5a',
          'Needs-based design',
          'Starts professional learning from a needs assessment and from what is known about adult learners, including their cultural, social-emotional and learning needs.',
        ),
        indicator(
          '4.5b',
          'Active learning and feedback',
          'Builds colleagues’ ability to apply the ISTE Standards through hands-on sessions and feedback they can act on.',
        ),
        indicator(
          '4.5c',
          'Evaluating impact',
          'Finds out what professional learning actually changed and keeps improving it towards the school’s shared vision for technology.',
        ),
      ],
    },
    {
      key: '4.6',
      code: '4.6',
      title: 'Data-Driven Decision-Maker',
      statement:
        'The coach uses, and helps others use, both numbers and observations to guide teaching and professional learning.',
      type: 'Standard',
      children: [
        indicator(
          '4.6a',
          'Secure data collection',
          'Helps teachers and leaders gather and analyse student data with privacy and security built in, from the choice of tool to where results are kept.',
        ),
        indicator(
          '4.6b',
          'Interpreting data',
          'Helps teachers make sense of quantitative and qualitative data so they can decide what individual students need next.',
        ),
        indicator(
          '4.6c',
          'Students using their own data',
          'Works with teachers so that students look at their own learning data, set goals from it and track their progress.',
        ),
      ],
    },
    {
      key: '4.7',
      code: '4.7',
      title: 'Digital Citizen Advocate',
      statement:
        'The coach models responsible digital citizenship and helps teachers and students understand both the duties and the opportunities of life online.',
      type: 'Standard',
      children: [
        indicator(
          '4.7a',
          'Civic engagement',
          'Encourages teachers and students to use technology to take part in civic life and to tackle problems in their own communities.',
        ),
        indicator(
          '4.7b',
          'Respectful, balanced use',
          'Works with teachers, leaders, students and families on respectful behaviour online and a healthy balance in how much technology is used.',
        ),
        indicator(
          '4.7c',
          'Questioning online media',
          'Helps teachers and students check where online media come from and uncover the assumptions behind them.',
        ),
        indicator(
          '4.7d',
          'Personal data and digital profile',
          'Helps teachers, leaders and students make informed choices that protect their personal data and shape how they appear online.',
        ),
      ],
    },
  ],
};
