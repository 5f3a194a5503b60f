import type { Db } from '../../db/connect';
import type {
  PortfolioEvidenceTable,
  PortfolioSectionsTable,
  PortfoliosTable,
  PortfolioTemplatesTable,
} from '../../db/schema';

export type TemplateRow = PortfolioTemplatesTable;
export type PortfolioRow = PortfoliosTable;
export type SectionRow = PortfolioSectionsTable;
export type EvidenceRow = PortfolioEvidenceTable;
export type Owner = { institutionId: string; userId: string };

/** Built-in templates and the institution's own. */
export async function listTemplates(db: Db, institutionId: string) {
  return db
    .selectFrom('portfolio_templates')
    .selectAll()
    .where((eb) =>
      eb.or([eb('institution_id', 'is', null), eb('institution_id', '=', institutionId)]),
    )
    .orderBy('scheme')
    .orderBy('created_at')
    .execute();
}

export async function findTemplate(db: Db, institutionId: string, id: string) {
  return db
    .selectFrom('portfolio_templates')
    .selectAll()
    .where('id', '=', id)
    .where((eb) =>
      eb.or([eb('institution_id', 'is', null), eb('institution_id', '=', institutionId)]),
    )
    .executeTakeFirst();
}

export async function findOwnPortfolio(db: Db, o: Owner, id: string) {
  return db
    .selectFrom('portfolios')
    .selectAll()
    .where('id', '=', id)
    .where('institution_id', '=', o.institutionId)
    .where('user_id', '=', o.userId)
    .executeTakeFirst();
}

/** A portfolio the viewer may read: their own, or shared with them by name (and live). */
export async function findReadablePortfolio(db: Db, o: Owner, id: string, now: string) {
  return db
    .selectFrom('portfolios as p')
    .selectAll('p')
    .where('p.id', '=', id)
    .where('p.institution_id', '=', o.institutionId)
    .where((eb) =>
      eb.or([
        eb('p.user_id', '=', o.userId),
        eb.exists(
          eb
            .selectFrom('portfolio_shares as s')
            .select('s.id')
            .whereRef('s.portfolio_id', '=', 'p.id')
            .where('s.kind', '=', 'user')
            .where('s.user_id', '=', o.userId)
            .where('s.revoked_at', 'is', null)
            .where((e) => e.or([e('s.expires_at', 'is', null), e('s.expires_at', '>', now)])),
        ),
      ]),
    )
    .executeTakeFirst();
}

export async function listReadablePortfolios(db: Db, o: Owner, now: string) {
  return db
    .selectFrom('portfolios as p')
    .selectAll('p')
    .where('p.institution_id', '=', o.institutionId)
    .where((eb) =>
      eb.or([
        eb('p.user_id', '=', o.userId),
        eb.exists(
          eb
            .selectFrom('portfolio_shares as s')
            .select('s.id')
            .whereRef('s.portfolio_id', '=', 'p.id')
            .where('s.kind', '=', 'user')
            .where('s.user_id', '=', o.userId)
            .where('s.revoked_at', 'is', null)
            .where((e) => e.or([e('s.expires_at', 'is', null), e('s.expires_at', '>', now)])),
        ),
      ]),
    )
    .orderBy('p.updated_at', 'desc')
    .execute();
}

export async function sectionsOf(db: Db, portfolioIds: readonly string[]) {
  if (portfolioIds.length === 0) return [];
  return db
    .selectFrom('portfolio_sections')
    .selectAll()
    .where('portfolio_id', 'in', portfolioIds)
    .orderBy('position')
    .execute();
}

/** Evidence linked to these sections, with the CPD entry each one stands for. */
export async function evidenceOfSections(db: Db, sectionIds: readonly string[]) {
  if (sectionIds.length === 0) return [];
  return db
    .selectFrom('portfolio_section_evidence as se')
    .innerJoin('portfolio_evidence as v', 'v.id', 'se.evidence_id')
    .leftJoin('cpd_entries as e', (j) =>
      j.onRef('e.id', '=', 'v.cpd_entry_id').on('e.deleted_at', 'is', null),
    )
    .selectAll('v')
    .select([
      'se.section_id',
      'se.note',
      'se.position',
      'e.title as entry_title',
      'e.occurred_on as entry_date',
      'e.minutes as entry_minutes',
      'e.type as entry_type',
      'e.reflection as entry_reflection',
    ])
    .where('se.section_id', 'in', sectionIds)
    .orderBy('se.position')
    .execute();
}

export async function ownerName(db: Db, userId: string) {
  return (await db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst())
    ?.name;
}
