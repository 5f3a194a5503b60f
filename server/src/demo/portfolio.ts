import type { Db } from '../db/connect';
import * as portfolios from '../modules/portfolios/service';
import { builtinTemplateId } from '../modules/portfolios/templates/sync';

/**
 * A CMALT portfolio under way for the demo's head of digital education: a contextual
 * statement written, evidence drawn from her CPD log, and the checker saying what is left.
 */
export async function seedDemoPortfolio(db: Db, owner: { institutionId: string; userId: string }) {
  const p = await portfolios.createPortfolio(db, owner, {
    templateId: builtinTemplateId('cmalt'),
    title: 'CMALT portfolio',
  });
  const section = (key: string) => p.sectionList.find((s) => s.key === key)!;
  await portfolios.updateSection(db, owner, p.id, section('contextual-statement').id, {
    revision: 0,
    description:
      'I lead the Digital Education team at Northfield University: eleven people who support 1,400 teaching staff with the VLE, lecture capture, digital assessment and learning design. I came to the role from teaching chemistry and then e-learning development, and I now spend as much time on strategy and policy as on practice.',
  });
  const entries = await db
    .selectFrom('cpd_entries')
    .select(['id', 'type'])
    .where('institution_id', '=', owner.institutionId)
    .where('user_id', '=', owner.userId)
    .orderBy('occurred_on', 'desc')
    .execute();
  const first = (types: string[]) => entries.find((e) => types.includes(e.type));
  const plan: [string, string[]][] = [
    ['core-1a', ['exploring-technology', 'collaborative-problem-solving']],
    ['core-2a', ['formal-study', 'coaching']],
    ['core-4', ['co-mentoring', 'peer-discussion', 'skill-sharing']],
  ];
  for (const [key, types] of plan) {
    const entry = first(types);
    if (entry) {
      await portfolios.addEvidence(db, owner, p.id, section(key).id, { cpdEntryId: entry.id });
    }
  }
  await portfolios.updateSection(db, owner, p.id, section('core-3a').id, {
    revision: 0,
    declarations: ['Copyright and licensing'],
  });
}
