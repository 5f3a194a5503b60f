import type { TRole } from '../../../../contracts';

/** Who may open the team's CPD pages: the server allows managers and administrators. */
export const TEAM_ROLES = ['manager', 'admin'] as const satisfies readonly TRole[];
