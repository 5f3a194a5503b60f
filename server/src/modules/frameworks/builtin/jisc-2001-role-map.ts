import type { BuiltinFramework } from './types';

/** The role map of the 2001 JISC career development study of learning technology staff (seed 002). */
export const JISC_2001_ROLE_MAP: BuiltinFramework = {
  key: 'jisc-2001-role-map',
  identifier: 'ab172d72-5444-4033-ade5-fea2e693c84f',
  title: 'Learning technology staff role map (JISC career development study, 2001)',
  publisher: 'JISC',
  version: '2001',
  sourceUrl: 'http://www.jisc.ac.uk/careers',
  description:
    'The categories of staff, roles and skills found by the JISC-commissioned study of the career development of learning technology staff in UK higher education, led by Helen Beetham and carried out between June 2000 and January 2001. Useful for mapping who does learning technology work in an institution and which skills that work needs.',
  items: [
    {
      key: 'new-specialists',
      code: '1',
      title: 'New specialists',
      statement:
        'Staff in roles that grew up around learning technology itself. Most combine at least two of the roles below, and they were the least likely of the three categories to hold permanent contracts.',
      type: 'Staff category',
      children: [
        {
          key: 'learning-technologist',
          title: 'Learning technologist',
          statement:
            'Helps academic staff and students use technology for learning, from advising on tools and course design to supporting the services themselves.',
          type: 'Role',
        },
        {
          key: 'educational-developer',
          title: 'Educational developer',
          statement:
            'Works with academic staff on improving teaching and learning, with technology as one part of that development work.',
          type: 'Role',
        },
        {
          key: 'educational-researcher',
          title: 'Educational researcher',
          statement:
            'Investigates how technology is used in teaching and learning and what difference it makes, and feeds the findings back into practice.',
          type: 'Role',
        },
        {
          key: 'technical-researcher-developer',
          title: 'Technical researcher/developer',
          statement:
            'Builds, adapts or investigates the software and systems used for learning, working on the technical side of learning technology projects.',
          type: 'Role',
        },
        {
          key: 'materials-developer',
          title: 'Materials developer',
          statement:
            'Produces digital learning materials and resources, such as online course content, multimedia and interactive activities.',
          type: 'Role',
        },
        {
          key: 'project-manager',
          title: 'Project manager',
          statement:
            'Runs learning technology projects and initiatives, often short-term and externally funded, and coordinates the people and budgets involved.',
          type: 'Role',
        },
      ],
    },
    {
      key: 'academics-established-professionals',
      code: '2',
      title: 'Academics and established professionals',
      statement:
        'Academic staff and members of established professions who take on learning technology work alongside their main role. They practise learning technology themselves and are also clients of the new specialists.',
      type: 'Staff category',
    },
    {
      key: 'learning-support-professionals',
      code: '3',
      title: 'Learning support professionals',
      statement:
        'Support staff, such as library and IT services staff, whose roles increasingly include giving access to learning technology and helping people use it.',
      type: 'Staff category',
    },
    {
      key: 'skill-areas',
      title: 'Skill areas',
      statement:
        'The skills the study found learning technology work to need, with interpersonal and pedagogical skills ranked above technical skills by every participant.',
      type: 'Skill area group',
      children: [
        {
          key: 'interpersonal',
          title: 'Interpersonal skills',
          statement:
            'Working well with people: listening, persuading, building relationships with academic staff and fitting into an academic culture. All participants put these first.',
          type: 'Skill area',
        },
        {
          key: 'pedagogical',
          title: 'Pedagogical skills',
          statement:
            'Understanding teaching and learning well enough to judge how technology can serve it. Participants and managers alike rated this awareness above technical skill.',
          type: 'Skill area',
        },
        {
          key: 'technical',
          title: 'Technical skills',
          statement:
            'Skill with the technologies themselves. Participants saw these as often learned on the job, and managers found them easier to recruit or develop than pedagogical awareness.',
          type: 'Skill area',
        },
        {
          key: 'management-project-management',
          title: 'Management and project management',
          statement:
            'Managing people, work and projects, including the financial planning, cross-institution partnerships and funding bids that staff said they wanted to develop further.',
          type: 'Skill area',
        },
        {
          key: 'information-management',
          title: 'Information management and online information skills',
          statement:
            'Organising information and, above all, finding, evaluating and handling information online.',
          type: 'Skill area',
        },
        {
          key: 'strategic-organisational-networking',
          title: 'Strategic, organisational and networking skills',
          statement:
            'Understanding how the institution works and where it is heading, and building the wide networks of contacts across units that learning technology work relies on.',
          type: 'Skill area',
        },
        {
          key: 'developing-others',
          title: 'Developing others',
          statement:
            'Helping colleagues build their own skills and confidence, for example through staff development and by passing on what you have learned.',
          type: 'Skill area',
        },
        {
          key: 'academic-skills',
          title: 'Academic skills: research, publication, course design, teaching',
          statement:
            'The traditional academic skills of research, publication, course design and teaching. New specialists needed them to a lesser extent than the other skills, but a lack of academic standing limited their credibility and progression.',
          type: 'Skill area',
        },
      ],
    },
  ],
};
