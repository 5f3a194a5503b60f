import type { BuiltinFramework } from './types';

/** CoSN's Framework of Essential Skills of the K-12 CTO: 10 skill areas in 3 categories. */
export const CETL: BuiltinFramework = {
  key: 'cetl',
  identifier: 'f2235f22-f944-4699-9a60-06137f4c32f0',
  title: 'CoSN CETL: Framework of Essential Skills of the K-12 CTO',
  publisher: 'CoSN (Consortium for School Networking)',
  version: 'current',
  sourceUrl: 'https://www.cosn.org/Framework',
  description:
    'What a school district’s chief technology officer needs to know and do, in ten skill areas grouped into three categories. It is the body of knowledge behind the Certified Education Technology Leader (CETL) credential: a 100-question exam, valid for three years and renewed with 60 hours of continuing education.',
  items: [
    {
      key: 'category-leadership',
      title: 'Leadership and Vision',
      statement:
        'Setting the direction for technology across the district and making sure it is planned and governed responsibly.',
      type: 'Category',
      children: [
        {
          key: 'leadership-and-vision',
          title: 'Leadership and Vision',
          statement:
            'Working with the superintendent and executive team to agree what technology should achieve for learning and for operations, and leading others towards it.',
          type: 'Skill area',
        },
        {
          key: 'strategic-planning',
          title: 'Strategic Planning',
          statement:
            'Turning the vision into a multi-year plan with priorities, budgets, owners and measures, tied to the district’s own goals and reviewed as circumstances change.',
          type: 'Skill area',
        },
        {
          key: 'ethics-and-policies',
          title: 'Ethics and Policies',
          statement:
            'Writing and enforcing policies on the legal, ethical and equitable use of technology, such as acceptable use, accessibility and digital citizenship, and modelling sound judgement in your own decisions.',
          type: 'Skill area',
        },
      ],
    },
    {
      key: 'category-environment',
      title: 'Understanding the Educational Environment',
      statement:
        'Keeping technology decisions anchored in teaching and learning and in the people who deliver them.',
      type: 'Category',
      children: [
        {
          key: 'instructional-focus-and-pd',
          title: 'Instructional Focus and Professional Development',
          statement:
            'Keeping classroom learning at the centre of technology choices, and planning and funding continuing professional learning so staff can use new tools well.',
          type: 'Skill area',
        },
        {
          key: 'team-building-and-staffing',
          title: 'Team Building and Staffing',
          statement:
            'Recruiting, organising and developing the technology team, and building cross-department teams for decisions, support and professional learning.',
          type: 'Skill area',
        },
      ],
    },
    {
      key: 'category-resources',
      title: 'Managing Technology and Support Resources',
      statement:
        'Running the systems, money and data that the district’s technology depends on, reliably and safely.',
      type: 'Category',
      children: [
        {
          key: 'information-technology-management',
          title: 'Information Technology Management',
          statement:
            'Running the infrastructure and services, from networks and devices to applications and the help desk, and planning their whole life cycle.',
          type: 'Skill area',
        },
        {
          key: 'communication-systems-management',
          title: 'Communication Systems Management',
          statement:
            'Providing the systems the district uses to communicate and collaborate with staff, students, families and the community, such as email, websites, phones and notifications.',
          type: 'Skill area',
        },
        {
          key: 'business-management',
          title: 'Business Management',
          statement:
            'Handling budgets, procurement, contracts and funding for technology, with an eye on total cost of ownership and value for money.',
          type: 'Skill area',
        },
        {
          key: 'data-management',
          title: 'Data Management',
          statement:
            'Making sure student, staff and operational data are accurate, connected across systems and put to use in decisions.',
          type: 'Skill area',
        },
        {
          key: 'data-privacy-and-security',
          title: 'Data Privacy and Security',
          statement:
            'Protecting student and staff data: complying with privacy law, vetting vendor agreements, securing systems and being ready to respond to incidents.',
          type: 'Skill area',
        },
      ],
    },
  ],
};
