import type { TCatalogueSource } from '../../../../../../contracts/careers-recommendations';

/*
 * Sources cited by more than one entry. The seeds are the project's source documents
 * (../shared/seeds); the rest are the providers' own public pages.
 */

export const SEED_001: TCatalogueSource = {
  name: 'Seed 001: "Good interpersonal skills are essential for an educational technologist" (career advice for novices, career and advanced educational technologists)',
  url: null,
};
export const SEED_002: TCatalogueSource = {
  name: 'Seed 002: JISC career development study of learning technology staff in UK higher education, briefing paper 3',
  url: null,
};
export const SEED_004: TCatalogueSource = {
  name: 'Seed 004: "Educational Technologist: Complete Career Guide" (K-12 roles, qualifications and certifications)',
  url: null,
};

export const ALT_CMALT: TCatalogueSource = {
  name: 'ALT: Certified Membership (CMALT)',
  url: 'https://www.alt.ac.uk/certified-membership',
};
export const ALT_CMALT_SUPPORT: TCatalogueSource = {
  name: 'ALT: CMALT support (pathway guidelines, three-yearly portfolio review, assessors)',
  url: 'https://www.alt.ac.uk/certified-membership/cmalt-support',
};
export const ALT_HOME: TCatalogueSource = {
  name: 'Association for Learning Technology (ALT)',
  url: 'https://www.alt.ac.uk/',
};
export const ADVANCE_HE_FELLOWSHIP: TCatalogueSource = {
  name: 'Advance HE: Fellowship (four categories, awarded against the PSF 2023 descriptors)',
  url: 'https://www.advance-he.ac.uk/fellowship',
};
export const ADVANCE_HE_ROUTES: TCatalogueSource = {
  name: 'Advance HE: Your routes to Fellowship (direct application or an accredited programme)',
  url: 'https://www.advance-he.ac.uk/fellowship/your-routes-fellowship',
};
export const ISTE_CERTIFICATION: TCatalogueSource = {
  name: 'ISTE: About ISTE Certification (40 hours over 10 weeks, then a portfolio within six months)',
  url: 'https://www.iste.org/professional-development/iste-certification/about',
};
export const ISTE_HOME: TCatalogueSource = { name: 'ISTE', url: 'https://iste.org/' };
export const COSN_CETL: TCatalogueSource = {
  name: 'CoSN: CETL exam and preparation (eligibility: a bachelor’s degree and four years of education technology experience)',
  url: 'https://www.cosn.org/certification/cetl%C2%AE-exam-and-preparation',
};
export const COSN_HANDBOOK: TCatalogueSource = {
  name: 'CoSN: CETL candidate handbook (recertification every three years)',
  url: 'https://www.cosn.org/tools-and-resources/resource/cetl-candidate-handbook',
};
export const COSN_HOME: TCatalogueSource = {
  name: 'CoSN (Consortium for School Networking)',
  url: 'https://www.cosn.org/',
};
export const GOOGLE_EDU: TCatalogueSource = {
  name: 'Google for Education: training and certifications',
  url: 'https://edu.google.com/',
};
export const MICROSOFT_EDUCATOR: TCatalogueSource = {
  name: 'Microsoft Learn Educator Center (Microsoft Innovative Educator programmes)',
  url: 'https://learn.microsoft.com/training/educator-center/',
};
