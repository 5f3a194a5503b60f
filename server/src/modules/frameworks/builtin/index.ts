import { CAREER_STAGES } from './career-stages';
import { CETL } from './cetl';
import { CMALT } from './cmalt';
import { ISTE_COACHES } from './iste-coaches';
import { JISC_2001_ROLE_MAP } from './jisc-2001-role-map';
import { JISC_DIGITAL_CAPABILITIES } from './jisc-digital-capabilities';
import { PSF_2023 } from './psf-2023';
import type { BuiltinFramework } from './types';

export { CROSSWALK } from './crosswalk';
export type {
  AssociationType,
  BuiltinFramework,
  BuiltinItem,
  BuiltinLevel,
  BuiltinMapping,
} from './types';

/** The built-in frameworks, in the order they are listed to users. */
export const BUILTIN_FRAMEWORKS: BuiltinFramework[] = [
  CMALT,
  ISTE_COACHES,
  PSF_2023,
  CETL,
  JISC_DIGITAL_CAPABILITIES,
  JISC_2001_ROLE_MAP,
  CAREER_STAGES,
];
