import { CMALT_TEMPLATES } from './cmalt';
import { FREEFORM_TEMPLATE, ISTE_TEMPLATE, PSF_TEMPLATES } from './others';
import type { BuiltinTemplate } from './types';

export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  ...CMALT_TEMPLATES,
  ISTE_TEMPLATE,
  ...PSF_TEMPLATES,
  FREEFORM_TEMPLATE,
];
