import type { BuiltinFramework } from './types';

/** Jisc's individual digital capabilities framework: six elements. */
export const JISC_DIGITAL_CAPABILITIES: BuiltinFramework = {
  key: 'jisc-digital-capabilities',
  identifier: '6efb226d-6446-4f5d-a2d7-5dbbd1da5923',
  title: 'Jisc digital capabilities framework',
  publisher: 'Jisc',
  version: '2019',
  sourceUrl: 'https://digitalcapability.jisc.ac.uk/what-is-digital-capability/',
  description:
    'The digital capabilities that help a person live, learn and work in a digital society, in six elements. UK colleges and universities use it to plan staff and student development, and its self-assessment reports each element as Developing, Capable or Proficient.',
  levels: [
    {
      code: 'developing',
      title: 'Developing',
      description:
        'You manage the basics in this area, often with help or by following set routines, and there are clear next steps to take.',
    },
    {
      code: 'capable',
      title: 'Capable',
      description:
        'You work confidently and independently in this area and can adapt what you do when tools or situations change.',
    },
    {
      code: 'proficient',
      title: 'Proficient',
      description:
        'You work fluently and critically in this area, try out new approaches and help others develop.',
    },
  ],
  items: [
    {
      key: 'proficiency-productivity',
      title: 'Digital proficiency and productivity',
      statement:
        'Using devices, applications and online services confidently, and picking the right ones to get a task done efficiently. The other five elements build on it.',
      type: 'Element',
    },
    {
      key: 'information-data-media',
      title: 'Information, data and media literacies',
      statement:
        'Finding, judging, organising and sharing information; reading and handling data; and making sense of digital media critically rather than taking them at face value.',
      type: 'Element',
    },
    {
      key: 'creation-problem-solving-innovation',
      title: 'Digital creation, problem solving and innovation',
      statement:
        'Making new digital things, from documents and media to code, using digital evidence to solve problems and answer questions, and trying out new digital ways of working.',
      type: 'Element',
    },
    {
      key: 'communication-collaboration-participation',
      title: 'Digital communication, collaboration and participation',
      statement:
        'Communicating well through digital channels, working with others in shared digital spaces and taking part in online networks and communities.',
      type: 'Element',
    },
    {
      key: 'learning-development',
      title: 'Digital learning and development',
      statement:
        'Using digital opportunities to learn for yourself, and helping others learn, teach or develop with digital tools.',
      type: 'Element',
    },
    {
      key: 'identity-wellbeing',
      title: 'Digital identity and wellbeing',
      statement:
        'Shaping and looking after your online identity and reputation, and protecting your own and others’ health, safety and balance in digital settings.',
      type: 'Element',
    },
  ],
};
