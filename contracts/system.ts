import { z } from 'zod';
import { ZId, ZInstitutionName, ZSector } from './common';

export const ZHealth = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    dialect: z.enum(['sqlite', 'postgres']),
    ok: z.boolean(),
    latencyMs: z.number(),
  }),
});
export type THealth = z.infer<typeof ZHealth>;

export const ZInstitution = z.object({
  id: ZId,
  name: z.string(),
  slug: z.string(),
  sector: ZSector,
  createdAt: z.string(),
  memberCount: z.number().int(),
});
export type TInstitution = z.infer<typeof ZInstitution>;

export const ZUpdateInstitutionBody = z
  .object({ name: ZInstitutionName.optional(), sector: ZSector.optional() })
  .refine((b) => b.name !== undefined || b.sector !== undefined, {
    message: 'send name, sector or both',
  });
