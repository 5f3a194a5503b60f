import type { TRole } from '../../../../../contracts';

/** Who may add and delete the institution's own portfolio templates (the server's rule too). */
export const TEMPLATE_ROLES = ['admin', 'manager'] as const satisfies readonly TRole[];
