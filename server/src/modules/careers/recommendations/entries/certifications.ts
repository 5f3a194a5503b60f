import type { CatalogueFile } from '../schema';
import { GOOGLE_EDU, ISTE_CERTIFICATION, MICROSOFT_EDUCATOR, SEED_004 } from './sources';

/** Certifications open anywhere. The UK (CMALT, Advance HE) and US (CoSN CETL) ones are in local/. */
export const CERTIFICATIONS: CatalogueFile = {
  name: 'certifications',
  entries: [
    {
      key: 'iste-certification',
      kind: 'certification',
      title: 'ISTE Certification for Educators',
      summary:
        'A certification against the ISTE Standards for Educators: a facilitated online course, then a portfolio of artifacts and reflections showing sustained technology integration.',
      provider: 'ISTE',
      url: 'https://www.iste.org/professional-development/iste-certification/about',
      prerequisites: [
        'Comfortable using technology in teaching and learning online',
        'Work with K-12 students, adult learners or the educators who teach them',
      ],
      cost: 'About US$1,000 (seed 004)',
      duration:
        'About 40 hours of online learning over 10 weeks, then up to six months (about 40 hours) to curate the portfolio',
      audience: {
        sectors: ['k12', 'higher-education', 'further-education'],
        families: ['learning-technologist', 'trainer', 'digital-capability', 'learning-designer'],
        seniorities: ['entry', 'practitioner', 'senior'],
      },
      develops: ['pedagogy', 'practice'],
      helpsWith: [
        { framework: 'iste-coaches', item: '4.4' },
        { framework: 'iste-coaches', item: '4.2a' },
        { framework: 'iste-coaches', item: '4.5' },
      ],
      why: {
        sector:
          'seed 004 suggests starting with ISTE Certification when you want the pedagogy side recognised.',
        family:
          'it certifies the classroom technology integration that coaching teachers rests on.',
        stage: 'it recognises hands-on practice with teachers and learners, before leadership.',
      },
      aliases: ['ISTE Certified Educator', 'ISTE Certification', 'ISTE certified'],
      renewal:
        'ISTE Certification is valid for three years; renew it through ISTE before it lapses.',
      milestones: [
        'Join a certification cohort',
        'Complete the online course',
        'Submit the portfolio',
      ],
      sources: [ISTE_CERTIFICATION, SEED_004],
    },
    {
      key: 'google-certified-trainer',
      kind: 'certification',
      title: 'Google for Education Certified Trainer',
      summary:
        'Recognition for people who train other educators in Google’s tools: it builds on Certified Educator Levels 1 and 2 with a trainer skills assessment, an application with a short video, and logged training activity.',
      provider: 'Google for Education',
      url: 'https://edu.google.com/',
      prerequisites: [
        'Google Certified Educator Level 1 and Level 2',
        'Seed 004: facilitate ten or more workshops on your own first',
        'A short video for the application',
      ],
      cost: 'A US$15 exam plus the application (seed 004); the educator exams are extra',
      duration: 'Varies',
      audience: {
        sectors: ['k12', 'higher-education', 'further-education', 'corporate-training'],
        families: ['learning-technologist', 'trainer', 'digital-capability'],
        seniorities: ['entry', 'practitioner', 'senior'],
      },
      develops: ['technical'],
      helpsWith: [
        { framework: 'iste-coaches', item: '4.5' },
        { framework: 'cmalt', item: '1b' },
        { framework: 'jisc-digital-capabilities', item: 'proficiency-productivity' },
      ],
      why: {
        family: 'it recognises the staff training you already run in Google’s tools.',
        stage: 'it suits people who run workshops themselves.',
        sector: 'schools and colleges that run on Google Workspace look for certified trainers.',
      },
      aliases: ['Google Certified Trainer', 'GCT', 'Google Certified Innovator and Trainer'],
      renewal:
        'Trainers keep logging training activity; check Google for Education’s current terms.',
      milestones: [
        'Pass Certified Educator Levels 1 and 2',
        'Run ten workshops on your own',
        'Submit the trainer application',
      ],
      sources: [GOOGLE_EDU, SEED_004],
    },
    {
      key: 'microsoft-innovative-educator-expert',
      kind: 'certification',
      title: 'Microsoft Innovative Educator Expert',
      summary:
        'A yearly programme for educators who lead with Microsoft’s tools: you nominate yourself with evidence of innovative practice, and once selected join a global community for the year.',
      provider: 'Microsoft Education',
      url: 'https://learn.microsoft.com/training/educator-center/',
      prerequisites: [
        'A Microsoft Educator Center profile',
        'Evidence of a learning activity you designed',
      ],
      cost: 'Varies (no fee for the self-nomination)',
      duration: 'A yearly self-nomination; selections are announced each year',
      audience: {
        sectors: ['k12', 'higher-education', 'further-education'],
        families: ['learning-technologist', 'trainer', 'digital-capability', 'learning-designer'],
        seniorities: ['entry', 'practitioner', 'senior'],
      },
      develops: ['technical', 'network'],
      helpsWith: [
        { framework: 'iste-coaches', item: '4.2b' },
        { framework: 'cmalt', item: '1b' },
      ],
      why: {
        sector:
          'seed 004 points to it for those who work in Windows and Microsoft 365 environments.',
        family: 'it connects you with educators worldwide who share their practice.',
        stage: 'it suits people who use the tools in teaching and train colleagues themselves.',
      },
      aliases: ['MIE Expert', 'MIEE', 'Microsoft Innovative Educator'],
      renewal: 'MIE Expert status is for one year: nominate yourself again each year.',
      milestones: ['Complete your Educator Center profile', 'Submit the self-nomination'],
      sources: [MICROSOFT_EDUCATOR, SEED_004],
    },
  ],
};
