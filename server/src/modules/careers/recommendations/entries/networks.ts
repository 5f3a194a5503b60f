import type { CatalogueFile } from '../schema';
import { ISTE_HOME, SEED_001, SEED_004 } from './sources';

/** Networks and conferences open anywhere. National ones are in local/. */
export const NETWORKS: CatalogueFile = {
  name: 'networks',
  entries: [
    {
      key: 'iste',
      kind: 'network',
      title: 'ISTE',
      summary:
        'The international society for technology in education: the ISTE Standards, professional learning, communities and the ISTELive conference.',
      provider: 'ISTE',
      url: 'https://iste.org/',
      cost: 'Varies',
      duration: 'Yearly membership',
      audience: {
        sectors: ['k12', 'higher-education', 'further-education'],
        families: [
          'learning-technologist',
          'trainer',
          'digital-capability',
          'learning-designer',
          'senior-management',
        ],
      },
      develops: ['network', 'pedagogy'],
      helpsWith: [
        { framework: 'iste-coaches', item: '4.2' },
        { framework: 'iste-coaches', item: '4.2b' },
      ],
      why: {
        sector:
          'seed 004 names active participation in ISTE or CoSN as the way to stay current with emerging tools.',
        family: 'ISTE’s Standards for Coaches describe the coaching side of your work.',
      },
      aliases: ['ISTE', 'International Society for Technology in Education'],
      milestones: ['Join ISTE', 'Join one of its communities'],
      sources: [ISTE_HOME, SEED_004],
    },
    {
      key: 'istelive',
      kind: 'conference',
      title: 'ISTELive',
      summary:
        'ISTE’s yearly conference and expo on education technology, mostly for K-12 educators, coaches and leaders.',
      provider: 'ISTE',
      url: 'https://iste.org/',
      cost: 'Varies (conferences can be expensive, seed 001)',
      duration: 'A few days each year',
      audience: {
        sectors: ['k12'],
        families: [
          'learning-technologist',
          'trainer',
          'digital-capability',
          'learning-designer',
          'senior-management',
        ],
      },
      develops: ['network'],
      helpsWith: [
        { framework: 'iste-coaches', item: '4.2a' },
        { framework: 'iste-coaches', item: '4.2b' },
      ],
      why: {
        sector:
          'a reader of seed 001 recommends ISTELive highly, and seed 004 advises presenting at conferences to share your classroom findings.',
        family: 'it gathers the coaches and specialists of your field.',
      },
      organiser: 'iste',
      aliases: ['ISTE conference', 'ISTE Live'],
      milestones: [
        'Submit a session proposal',
        'Book a place',
        'Write up what you learned in the CPD log',
      ],
      sources: [ISTE_HOME, SEED_001, SEED_004],
    },
  ],
};
