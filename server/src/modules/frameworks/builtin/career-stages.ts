import type { BuiltinFramework } from './types';

/** The three career stages Tony Bates uses when advising would-be educational technologists (seed 001). */
export const CAREER_STAGES: BuiltinFramework = {
  key: 'career-stages',
  identifier: '1858d77f-b173-47a9-98c4-ee3764bfcca1',
  title: 'Educational technologist career stages',
  publisher: 'Tony Bates, Online Learning and Distance Education Resources (tonybates.ca)',
  version: '2019',
  sourceUrl: 'https://www.tonybates.ca/2019/06/28/so-you-want-to-be-an-educational-technologist/',
  description:
    'Three stages of a career in educational technology, taken from a blog post of career advice for people in post-secondary online learning, educational technology and instructional design. The author notes that few institutions have enough educational technologists to build a real career structure of this kind.',
  items: [
    {
      key: 'novice',
      title: 'Novice',
      statement:
        'Wants to enter the field without having worked in it yet, often a mature graduate student or a teacher seeking a change of career. The advice is to get formal training, build a network and take a first post even if it is not ideal, since the first job is the hardest to get.',
      type: 'Career stage',
    },
    {
      key: 'career',
      title: 'Career',
      statement:
        'Already works as an educational technologist but wants to change the conditions: underused, more often overworked, or blocked in developing their career. The profession offers few clear milestones for advancement, so flexibility and a willingness to move to another post or institution matter.',
      type: 'Career stage',
    },
    {
      key: 'advanced',
      title: 'Advanced',
      statement:
        'Very experienced and wants a strategic post, usually in senior management, to influence policy. Such posts tend to go to people from academic departments, so this move, like the move into an academic post, is one of the hardest.',
      type: 'Career stage',
    },
  ],
};
