import type { CatalogueFile } from '../../schema';
import { SEED_001 } from '../sources';

const ASCILITE = {
  name: 'ASCILITE (Australasian Society for Computers in Learning in Tertiary Education)',
  url: 'https://ascilite.org/',
};

/** Australia and New Zealand: ASCILITE and its conference. */
export const AU_NZ: CatalogueFile = {
  name: 'local/au-nz',
  entries: [
    {
      key: 'ascilite',
      kind: 'network',
      title: 'ASCILITE',
      summary:
        'The Australasian society for technology-enhanced learning in tertiary education: special interest groups, a mentoring programme, a journal and an annual conference.',
      provider: 'ASCILITE',
      url: 'https://ascilite.org/',
      cost: 'Varies (individual membership is not usually expensive, seed 001)',
      duration: 'Yearly membership',
      countries: ['AU', 'NZ'],
      audience: { sectors: ['higher-education', 'further-education', 'continuing-education'] },
      develops: ['network'],
      helpsWith: [
        { framework: 'cmalt', item: 'P2' },
        { framework: 'cmalt', item: 'P3' },
      ],
      why: {
        country: 'seed 001 names ASCILITE as the network for Australia and New Zealand.',
        sector: 'ASCILITE is for staff of tertiary education.',
      },
      aliases: ['ASCILITE', 'ascilite'],
      milestones: ['Join ASCILITE', 'Join a special interest group'],
      sources: [ASCILITE, SEED_001],
    },
    {
      key: 'ascilite-conference',
      kind: 'conference',
      title: 'ASCILITE annual conference',
      summary:
        'ASCILITE’s yearly conference on technology-enhanced learning in tertiary education.',
      provider: 'ASCILITE',
      url: 'https://ascilite.org/',
      cost: 'Varies (conferences can be expensive, seed 001)',
      duration: 'A few days each year',
      countries: ['AU', 'NZ'],
      audience: { sectors: ['higher-education', 'further-education', 'continuing-education'] },
      develops: ['network'],
      helpsWith: [{ framework: 'cmalt', item: 'P4' }],
      why: {
        country: 'seed 001 recommends the networks’ annual conferences to get yourself known.',
        sector: 'it gathers learning technology staff of Australasian tertiary education.',
      },
      organiser: 'ascilite',
      milestones: ['Submit a paper or poster', 'Book a place'],
      sources: [ASCILITE, SEED_001],
    },
  ],
};
