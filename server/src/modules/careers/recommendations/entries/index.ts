import type { CatalogueFile } from '../schema';
import { CERTIFICATIONS } from './certifications';
import { CPD_ACTIVITIES } from './cpd-activities';
import { AU_NZ } from './local/au-nz';
import { CA } from './local/ca';
import { GB } from './local/gb';
import { US } from './local/us';
import { NETWORKS } from './networks';
import { NEXT_ROLES } from './next-roles';
import { QUALIFICATIONS } from './qualifications';

/**
 * Every file of the catalogue. A new file (another country, another kind) is added here;
 * docs/careers-catalogue.md explains how.
 */
export const CATALOGUE_FILES: CatalogueFile[] = [
  CERTIFICATIONS,
  QUALIFICATIONS,
  NETWORKS,
  CPD_ACTIVITIES,
  NEXT_ROLES,
  GB,
  US,
  CA,
  AU_NZ,
];
