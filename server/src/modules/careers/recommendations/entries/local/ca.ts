import type { CatalogueFile } from '../../schema';
import { SEED_001 } from '../sources';

const CNIE = {
  name: 'CNIE-RCIE (Canadian Network for Innovation in Education)',
  url: 'https://cnie-rcie.ca/',
};
const REFAD = {
  name: 'REFAD (Réseau d’enseignement francophone à distance du Canada)',
  url: 'https://www.refad.ca/',
};
const ETUG = {
  name: 'ETUG (Educational Technology Users Group, British Columbia)',
  url: 'https://etug.ca/',
};

/** Canada: the two national networks seed 001 names and British Columbia's ETUG; Canadian master's programmes. */
export const CA: CatalogueFile = {
  name: 'local/ca',
  entries: [
    {
      key: 'cnie',
      kind: 'network',
      title: 'CNIE-RCIE (Canadian Network for Innovation in Education)',
      summary:
        'One of the two main national networks for educational technology and distance education in Canada, with an annual conference and a journal.',
      provider: 'CNIE-RCIE',
      url: 'https://cnie-rcie.ca/',
      cost: 'Varies (individual membership is not usually expensive, seed 001)',
      duration: 'Yearly membership',
      countries: ['CA'],
      develops: ['network'],
      helpsWith: [{ framework: 'cmalt', item: 'P2' }],
      why: {
        country:
          'seed 001 names CNIE as one of the two main national networks in Canada; its newsletters post jobs.',
      },
      aliases: ['CNIE', 'CNIE-RCIE', 'Canadian Network for Innovation in Education'],
      milestones: ['Join CNIE', 'Attend its annual conference'],
      sources: [CNIE, SEED_001],
    },
    {
      key: 'cnie-conference',
      kind: 'conference',
      title: 'CNIE annual conference',
      summary:
        'CNIE’s yearly conference on innovation in education and learning technologies in Canada.',
      provider: 'CNIE-RCIE',
      url: 'https://cnie-rcie.ca/',
      cost: 'Varies (conferences can be expensive, seed 001)',
      duration: 'A few days each year',
      countries: ['CA'],
      audience: { stages: ['novice', 'career'] },
      develops: ['network'],
      helpsWith: [{ framework: 'cmalt', item: 'P4' }],
      why: {
        country: 'seed 001 recommends the national networks’ conferences to get yourself known.',
        stage: 'getting known in the field is what opens the next post (seed 001).',
      },
      organiser: 'cnie',
      milestones: ['Submit a proposal', 'Book a place'],
      sources: [CNIE, SEED_001],
    },
    {
      key: 'refad',
      kind: 'network',
      title: 'REFAD (Réseau d’enseignement francophone à distance du Canada)',
      summary: 'The Canadian network for French-language distance and online education.',
      provider: 'REFAD',
      url: 'https://www.refad.ca/',
      cost: 'Varies',
      duration: 'Yearly membership',
      countries: ['CA'],
      develops: ['network'],
      helpsWith: [{ framework: 'cmalt', item: 'P2' }],
      why: {
        country:
          'seed 001 names REFAD as one of the two main national networks in Canada, for French-language distance education.',
      },
      aliases: ['REFAD'],
      milestones: ['Join REFAD'],
      sources: [REFAD, SEED_001],
    },
    {
      key: 'etug',
      kind: 'network',
      title: 'ETUG (Educational Technology Users Group, British Columbia)',
      summary:
        'British Columbia’s community of educational technology practitioners in post-secondary education, with workshops each year.',
      provider: 'ETUG',
      url: 'https://etug.ca/',
      cost: 'Varies',
      duration: 'Workshops through the year',
      countries: ['CA'],
      audience: { sectors: ['higher-education', 'further-education', 'continuing-education'] },
      develops: ['network'],
      helpsWith: [
        { framework: 'cmalt', item: 'P2' },
        { framework: 'cmalt', item: 'P3' },
      ],
      why: {
        country:
          'seed 001 points to provincial networks such as British Columbia’s ETUG; useful if you work in or near BC.',
        sector: 'ETUG gathers educational technologists of BC colleges and universities.',
      },
      aliases: ['ETUG', 'Educational Technology Users Group'],
      milestones: ['Join the ETUG community', 'Attend an ETUG workshop'],
      sources: [ETUG, SEED_001],
    },
  ],
  overrides: [
    {
      key: 'masters-educational-technology',
      countries: ['CA'],
      set: {
        summary:
          'A part-time, often fully online master’s in educational technology or learning and technology. Seed 001 names UBC’s Master of Educational Technology (fully online), Concordia University’s MA in Educational Technology (mainly on campus, Montréal) and Royal Roads University’s MA in Learning and Technology (mainly online).',
        provider:
          'e.g. University of British Columbia, Concordia University, Royal Roads University',
      },
      sources: [SEED_001],
    },
  ],
};
