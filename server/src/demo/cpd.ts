import type { TCpdType } from '../../../contracts/cpd';
import type { Db } from '../db/connect';
import { newId } from '../lib/crypto';
import { searchText } from '../lib/search';
import { nowIso } from '../lib/time';

/**
 * A believable CPD history for the demo team, so the dashboard, the coverage maps and the
 * managers' view are not empty on first sight. Deterministic: the same seed gives the same log.
 */

type Activity = {
  type: TCpdType;
  title: string;
  hours: number;
  reflection?: string;
  /** Built-in framework key and item codes to tag. */
  tags?: [string, string[]];
};

const ACTIVITIES: Activity[] = [
  {
    type: 'conference',
    title: 'ALT Annual Conference: sessions on AI and assessment',
    hours: 6,
    reflection:
      '## What I took away\n\n- Assessment redesign beats detection.\n- **Action:** share the *authentic assessment* examples with the nursing team.',
    tags: ['cmalt', ['2b', '4']],
  },
  {
    type: 'seminar',
    title: 'Jisc webinar: accessibility regulations for VLE content',
    hours: 1,
    reflection: 'Checked our Moodle theme against the checklist; two contrast issues to raise.',
    tags: ['cmalt', ['3a']],
  },
  {
    type: 'peer-discussion',
    title: 'Peer discussion on feedback turnaround with the history team',
    hours: 1.5,
    tags: ['cmalt', ['2a']],
  },
  {
    type: 'skill-sharing',
    title: 'Skill-sharing session: H5P interactive video',
    hours: 2,
    reflection: 'Showed colleagues how to build branching scenarios. Next time: shorter demo.',
    tags: ['iste-coaches', ['4.3']],
  },
  {
    type: 'discussion-list',
    title: 'ALT members list thread on lecture capture policy',
    hours: 0.5,
    tags: ['cmalt', ['3b']],
  },
  {
    type: 'co-mentoring',
    title: 'Co-mentoring meeting with a learning designer at a partner college',
    hours: 1,
    tags: ['cmalt', ['4']],
  },
  {
    type: 'collaborative-problem-solving',
    title: 'Fixed gradebook sync problems with IT and registry',
    hours: 3,
    reflection: 'Root cause was the grade category mapping. Wrote it up for the wiki.',
    tags: ['cmalt', ['1a']],
  },
  {
    type: 'formal-study',
    title: 'PGCert module: digital pedagogy, week 4 readings',
    hours: 4,
    tags: ['psf-2023', ['K2']],
  },
  {
    type: 'exploring-technology',
    title: 'Tried generative AI feedback tools on sample essays',
    hours: 2,
    reflection:
      'Useful for first drafts of rubric comments; **not** for grades. Data protection questions remain.',
    tags: ['iste-coaches', ['4.1']],
  },
  {
    type: 'exploring-technology',
    title: 'Explored xAPI statements from the new simulation tool',
    hours: 1.5,
    tags: ['cmalt', ['1b']],
  },
  {
    type: 'presenting',
    title: 'Presented the online exams review to the faculty board',
    hours: 2,
    tags: ['cmalt', ['1c']],
  },
  {
    type: 'coaching',
    title: 'Coached a lecturer through flipping a statistics module',
    hours: 1.5,
    reflection: 'Modelled one quiz first, then stepped back. She ran the second one alone.',
    tags: ['iste-coaches', ['4.2']],
  },
  {
    type: 'assessing-portfolio',
    title: 'Assessed a CMALT portfolio as second assessor',
    hours: 3,
    tags: ['cmalt', ['4']],
  },
  { type: 'publishing', title: 'Wrote a blog post on rubric design in Turnitin', hours: 2 },
  { type: 'certification', title: 'Completed Moodle administrator certification module', hours: 5 },
  { type: 'other', title: 'Read "Teaching in a Digital Age", chapters 5-6', hours: 2 },
];

/** Who shares what: the people a manager will see summaries for in the demo. */
const SHARERS = ['Tom Okafor', 'Aisling Byrne', 'Marcus Webb', 'Hannah Morris'];

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const dayOffset = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoCpd(
  db: Db,
  institutionId: string,
  people: { userId: string; name: string; practitioner: boolean }[],
) {
  const items = await db
    .selectFrom('framework_items as i')
    .innerJoin('frameworks as f', 'f.id', 'i.framework_id')
    .select(['i.id', 'i.code', 'f.builtin_key'])
    .where('f.builtin_key', 'in', ['cmalt', 'iste-coaches', 'psf-2023'])
    .execute();
  const itemId = (key: string, code: string) =>
    items.find((i) => i.builtin_key === key && i.code === code)?.id;
  const now = nowIso();
  const random = prng(2026);

  for (const [p, person] of people.filter((x) => x.practitioner).entries()) {
    const count = 14 + Math.floor(random() * 22);
    const entries = [];
    const tags = [];
    for (let n = 0; n < count; n++) {
      const a = ACTIVITIES[Math.floor(random() * ACTIVITIES.length)]!;
      const id = newId();
      // Most in the last 11 months, some the year before.
      const date = dayOffset(Math.floor(random() * (n < count * 0.8 ? 330 : 540)) + 1);
      entries.push({
        id,
        institution_id: institutionId,
        user_id: person.userId,
        occurred_on: date,
        minutes: Math.round(a.hours * 60),
        type: a.type,
        title: a.title,
        reflection: a.reflection ?? null,
        time_kind: random() < 0.65 ? 'protected' : random() < 0.8 ? 'personal' : null,
        significant: random() < 0.15 ? 1 : 0,
        shared: SHARERS.includes(person.name) && random() < 0.2 ? 1 : 0,
        draft: 0,
        source: 'demo',
        search_text: searchText(a.title, a.reflection),
        created_at: now,
        updated_at: now,
        deleted_at: null,
      });
      for (const code of a.tags?.[1] ?? []) {
        const item = itemId(a.tags![0], code);
        if (item) tags.push({ entry_id: id, item_id: item });
      }
    }
    await db.insertInto('cpd_entries').values(entries).execute();
    if (tags.length) await db.insertInto('cpd_entry_tags').values(tags).execute();
    await db
      .insertInto('cpd_settings')
      .values({
        institution_id: institutionId,
        user_id: person.userId,
        target_minutes: (p % 3 === 0 ? 15 : 20) * 60,
        share_summary: SHARERS.includes(person.name) ? 1 : 0,
        coverage_framework_ids: '[]',
        updated_at: now,
      })
      .execute();
  }

  const priya = people[0];
  const area3 = itemId('cmalt', '3a');
  if (priya && area3) {
    const goalId = newId();
    await db
      .insertInto('cpd_goals')
      .values({
        id: goalId,
        institution_id: institutionId,
        user_id: priya.userId,
        title: 'Submit my CMALT portfolio',
        notes: 'Core area 3 needs a second legislative area: look at copyright and accessibility.',
        due_on: dayOffset(-60),
        status: 'in-progress',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db.insertInto('cpd_goal_items').values({ goal_id: goalId, item_id: area3 }).execute();
  }
}
