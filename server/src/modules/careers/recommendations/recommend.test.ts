import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type RecommendationContext,
  type TRecommendation,
  ZRecommendation,
} from '../../../../../contracts/careers-recommendations';
import { BACKGROUNDS } from '../../../../../contracts/careers';
import {
  ROLE_FAMILIES,
  SENIORITIES,
  STAGE_OF_SENIORITY,
} from '../../../../../contracts/classifier';
import { SECTORS } from '../../../../../contracts/common';
import { CATALOGUE, describeBasis, recommend, resolveFrameworkRef } from './index';

const TODAY = '2026-11-22';

function context(over: Partial<RecommendationContext> = {}): RecommendationContext {
  return {
    today: TODAY,
    country: null,
    sector: null,
    backgrounds: [],
    yearsInField: null,
    classification: null,
    qualifications: [],
    certifications: [],
    memberships: [],
    target: null,
    gaps: [],
    inPlan: [],
    ...over,
  };
}

/** A gap on a built-in framework item, as the careers service passes it. */
function gap(framework: string, item: string, required: number, current: number | null) {
  const found = resolveFrameworkRef(framework, item);
  if (!found) throw new Error(`no item ${framework} ${item}`);
  return {
    frameworkKey: framework,
    itemId: found.itemId,
    code: found.code,
    label: found.title,
    required,
    current,
  };
}

const byKey = (list: TRecommendation[]) => new Map(list.map((r) => [r.key, r]));
const codes = (r: TRecommendation | undefined) => r?.reasons.map((x) => x.code) ?? [];
const reason = (r: TRecommendation | undefined, code: string) =>
  r?.reasons.find((x) => x.code === code)?.text ?? '';

/** What every list must satisfy, whoever it is for. */
function expectWellFormed(list: TRecommendation[], ctx: RecommendationContext) {
  for (const r of list) {
    expect(() => ZRecommendation.parse(r), r.key).not.toThrow();
    expect(r.reasons.length, r.key).toBeGreaterThan(0);
    expect(r.sources.length, r.key).toBeGreaterThan(0);
    const entry = CATALOGUE.entries.find((e) => e.key === r.key);
    if (entry && entry.countries.length > 0 && !entry.international) {
      expect(entry.countries, r.key).toContain(ctx.country);
    }
  }
  for (let i = 1; i < list.length; i += 1) {
    const a = list[i - 1]!;
    const b = list[i]!;
    expect(
      Number(a.inPlan) < Number(b.inPlan) || (a.inPlan === b.inPlan && a.score >= b.score),
    ).toBe(true);
  }
}

describe('recommendations for a K-12 instructional technology specialist in the US aiming at district-wide scope', () => {
  const ctx = context({
    country: 'US',
    sector: 'k12',
    backgrounds: ['teaching'],
    yearsInField: 6,
    classification: { family: 'learning-technologist', seniority: 'practitioner', stage: 'career' },
    target: {
      label: 'Educational technologist (district-wide)',
      family: 'learning-technologist',
      seniority: 'senior',
    },
    gaps: [gap('iste-coaches', '4.1a', 3, 1), gap('cetl', 'strategic-planning', 3, null)],
  });
  const list = recommend(ctx);
  const got = byKey(list);

  it('puts the district-wide role near the top, saying it is K-12, the target and the gaps', () => {
    const district = got.get('district-educational-technologist');
    expect(list[0]?.key).toBe('district-educational-technologist');
    expect(codes(district)).toEqual(expect.arrayContaining(['target', 'gap', 'sector', 'stage']));
    expect(reason(district, 'sector')).toMatch(/^You work in K-12 schools:/);
    expect(reason(district, 'target')).toContain('Educational technologist (district-wide)');
    expect(reason(district, 'gap')).toContain('4.1a Shared vision (you: 1, needs 3)');
    expect(reason(district, 'gap')).toContain('Strategic Planning (not assessed, needs 3)');
    expect(district?.relatedItems.map((i) => i.code)).toEqual(['4.1a', null]);
    expect(district?.facts.prerequisites.join(' ')).toMatch(
      /Three to five years of classroom teaching/,
    );
  });

  it('recommends CoSN CETL because of the target, the experience and the strategic planning gap', () => {
    const cetl = got.get('cosn-cetl');
    expect(codes(cetl)).toEqual(
      expect.arrayContaining(['target', 'experience', 'gap', 'sector', 'country']),
    );
    expect(reason(cetl, 'experience')).toContain(
      'You have 6 years in the field; it asks for at least 4',
    );
    expect(reason(cetl, 'country')).toContain('the United States');
    expect(cetl?.relatedItems.map((i) => i.label)).toEqual(['Strategic Planning']);
  });

  it('recommends ISTE Certification, and more technical depth for someone from teaching', () => {
    expect(codes(got.get('iste-certification'))).toEqual(
      expect.arrayContaining(['sector', 'family']),
    );
    expect(got.get('iste-certification')?.facts.cost).toContain('1,000');
    expect(reason(got.get('explore-new-technology'), 'background')).toMatch(
      /from teaching: .*technical depth/,
    );
  });

  it('leaves out other countries’ networks and higher-education schemes', () => {
    for (const key of [
      'etug',
      'cnie',
      'refad',
      'ascilite',
      'ascilite-conference',
      'wcet',
      'afhea',
      'fhea',
      'pgcert-academic-practice',
      'doctorate',
      'move-into-academic-post',
      'tech-lead-teacher',
      // Two steps up: the target (senior) does not open the leadership posts.
      'step-up-to-leadership',
      'k12-director-of-technology',
    ]) {
      expect(got.has(key), key).toBe(false);
    }
    expectWellFormed(list, ctx);
  });
});

describe('recommendations for a UK higher-education learning technologist who came from teaching', () => {
  const ctx = context({
    country: 'GB',
    sector: 'higher-education',
    backgrounds: ['teaching'],
    yearsInField: 3,
    classification: { family: 'learning-technologist', seniority: 'practitioner', stage: 'career' },
    memberships: [{ name: 'ALT', catalogueKey: null }],
  });
  const list = recommend(ctx);
  const got = byKey(list);

  it('puts CMALT first, for the country, the role, the stage and the technical depth teaching lacks', () => {
    expect(list[0]?.key).toBe('cmalt');
    const cmalt = got.get('cmalt');
    expect(codes(cmalt)).toEqual(
      expect.arrayContaining(['country', 'family', 'stage', 'background']),
    );
    expect(reason(cmalt, 'country')).toMatch(/^You work in the United Kingdom:/);
    expect(reason(cmalt, 'background')).toBe(
      'You came into the field from teaching: people who arrive that way often lack technical depth, and this builds it.',
    );
    expect(cmalt?.milestones).toContain('Submit portfolio');
    expect(cmalt?.sources.map((s) => s.name).join(' ')).toMatch(/Seed 001/);
  });

  it('offers Fellowship for higher education and the ALT conference to an ALT member, not ALT itself', () => {
    expect(reason(got.get('afhea'), 'sector')).toMatch(/^You work in higher education:/);
    expect(got.has('alt')).toBe(false);
    expect(reason(got.get('alt-annual-conference'), 'membership')).toBe(
      'You are a member of ALT (Association for Learning Technology), which runs it.',
    );
  });

  it('leaves out K-12 and other countries’ entries and the moves nobody asked for', () => {
    for (const key of [
      'istelive',
      'cosn-cetl',
      'cosn',
      'coaching-cycle',
      'district-educational-technologist',
      'wcet',
      'etug',
      'ascilite',
      'associate-cmalt',
      'move-into-academic-post',
      'move-into-senior-management',
      'doctorate',
      'step-up-to-leadership',
    ]) {
      expect(got.has(key), key).toBe(false);
    }
    expectWellFormed(list, ctx);
  });
});

describe('recommendations for a senior learning designer targeting leadership', () => {
  const ctx = context({
    country: 'AU',
    sector: 'higher-education',
    backgrounds: ['graphic-design'],
    yearsInField: 10,
    classification: { family: 'learning-designer', seniority: 'senior', stage: 'career' },
    target: {
      label: 'Head of learning design',
      family: 'learning-designer',
      seniority: 'leadership',
    },
    gaps: [
      gap('jisc-2001-role-map', 'management-project-management', 3, 1),
      gap('psf-2023', 'D3', 3, 2),
    ],
  });
  const list = recommend(ctx);
  const got = byKey(list);

  it('names the step up in their own family, with the target and the management gap', () => {
    const head = got.get('step-up-to-leadership');
    expect(head?.title).toBe('Head of learning design');
    expect(codes(head)).toEqual(expect.arrayContaining(['stage', 'target', 'gap', 'family']));
    expect(reason(head, 'stage')).toContain('senior learning designer');
    expect(reason(head, 'gap')).toContain('Management and project management (you: 1, needs 3)');
    expect(reason(head, 'gap')).toContain('D3 Senior Fellow (you: 2, needs 3)');
    expect(list.slice(0, 3).map((r) => r.key)).toContain('step-up-to-leadership');
  });

  it('recommends management training, mentoring, Senior Fellowship and Australasia’s network', () => {
    expect(codes(got.get('project-management-training'))).toEqual(
      expect.arrayContaining(['target', 'gap']),
    );
    expect(codes(got.get('mentor-a-colleague'))).toEqual(
      expect.arrayContaining(['target', 'stage']),
    );
    expect(codes(got.get('sfhea'))).toEqual(expect.arrayContaining(['target', 'gap']));
    expect(reason(got.get('ascilite'), 'country')).toMatch(/^You work in Australia:/);
    expect(reason(got.get('masters-educational-technology'), 'background')).toMatch(
      /from graphic design: .*a grounding in pedagogy/,
    );
  });

  it('leaves out the steps below and beside them', () => {
    for (const key of [
      'step-up-to-senior',
      'step-up-to-practitioner',
      'associate-cmalt',
      'afhea',
      'find-a-mentor',
      'wcet',
      'etug',
      'move-into-learning-design',
      'move-into-academic-post',
    ]) {
      expect(got.has(key), key).toBe(false);
    }
    expectWellFormed(list, ctx);
  });
});

describe('recommendations for an educational developer who wants an academic post', () => {
  const ctx = context({
    country: 'CA',
    sector: 'higher-education',
    backgrounds: ['research'],
    yearsInField: 8,
    classification: { family: 'educational-developer', seniority: 'senior', stage: 'career' },
    qualifications: [{ name: 'MA Learning and Technology', level: 'master', subject: null }],
    target: { label: 'Lecturer in education', family: 'academic', seniority: 'practitioner' },
    gaps: [gap('jisc-2001-role-map', 'academic-skills', 4, 2)],
  });
  const list = recommend(ctx);
  const got = byKey(list);

  it('explains the hard move into an academic post: doctorate, publications, teaching qualification', () => {
    const move = got.get('move-into-academic-post');
    expect(list[0]?.key).toBe('move-into-academic-post');
    expect(codes(move)).toEqual(expect.arrayContaining(['target', 'gap']));
    expect(reason(move, 'target')).toMatch(
      /^Your target is Lecturer in education: .*doctorate, publications/,
    );
    expect(move?.facts.prerequisites.join(' ')).toMatch(
      /doctorate.*Publications.*teaching qualification/is,
    );
    expect(reason(got.get('doctorate'), 'target')).toContain('Lecturer in education');
    expect(codes(got.get('write-a-case-study'))).toEqual(expect.arrayContaining(['target', 'gap']));
  });

  it('shows Canada’s networks and leaves out the master’s already held', () => {
    expect(reason(got.get('cnie'), 'country')).toMatch(/^You work in Canada: seed 001 names CNIE/);
    expect(reason(got.get('etug'), 'country')).toContain('British Columbia');
    expect(got.has('masters-educational-technology')).toBe(false);
    for (const key of ['wcet', 'ascilite', 'move-into-senior-management', 'step-up-to-senior']) {
      expect(got.has(key), key).toBe(false);
    }
    expectWellFormed(list, ctx);
  });

  it('reads the level from the name when the profile gives none', () => {
    const named = (name: string) =>
      byKey(recommend({ ...ctx, qualifications: [{ name, level: null, subject: null }] }));
    expect(named('PhD in Education').has('doctorate')).toBe(false);
    expect(named('EdD, Open University').has('doctorate')).toBe(false);
    expect(named('BA History').has('doctorate')).toBe(true);
    expect(named('BA History').has('masters-educational-technology')).toBe(true);
    expect(named('MSc Digital Education').has('masters-educational-technology')).toBe(false);
    expect(named('MA History').has('masters-educational-technology')).toBe(true);
  });

  it('drops the doctorate once they hold one, and keeps the move', () => {
    const withPhd = byKey(
      recommend({
        ...ctx,
        qualifications: [
          ...ctx.qualifications,
          { name: 'PhD', level: 'doctorate', subject: 'Education' },
        ],
      }),
    );
    expect(withPhd.has('doctorate')).toBe(false);
    expect(withPhd.has('move-into-academic-post')).toBe(true);
  });
});

describe('certifications held, expiring and expired', () => {
  const base = context({
    country: 'GB',
    sector: 'further-education',
    yearsInField: 9,
    classification: { family: 'learning-technologist', seniority: 'senior', stage: 'career' },
  });
  const withCmalt = (expiresOn: string | null) =>
    recommend({ ...base, certifications: [{ name: 'CMALT', catalogueKey: 'cmalt', expiresOn }] });

  it('recommends renewing a CMALT that expires next month, first, with the date', () => {
    const list = withCmalt('2026-12-20');
    const cmalt = list[0];
    expect(cmalt?.key).toBe('cmalt');
    expect(cmalt?.title).toBe('Renew CMALT (Certified Member of ALT)');
    expect(cmalt?.reasons[0]?.code).toBe('expiring');
    expect(cmalt?.reasons[0]?.text).toMatch(
      /^Your CMALT expires on 2026-12-20 \(in 28 days\): renew it before then\. CMALT holders submit an updated portfolio every three years/,
    );
    expect(cmalt?.suggestedDueOn).toBe('2026-12-20');
    expect(cmalt?.milestones).toContain('Submit the renewal');
  });

  it('recommends renewing one that has expired, saying when', () => {
    const cmalt = byKey(withCmalt('2026-10-01')).get('cmalt');
    expect(codes(cmalt)[0]).toBe('expired');
    expect(reason(cmalt, 'expired')).toContain('Your CMALT expired on 2026-10-01');
    expect(cmalt?.suggestedDueOn).toBeNull();
  });

  it('does not recommend a valid CMALT, nor the Associate step below it, and offers Senior CMALT as the next step', () => {
    for (const expiresOn of ['2028-05-01', null, '2027-02-21']) {
      const got = byKey(withCmalt(expiresOn));
      expect(got.has('cmalt'), String(expiresOn)).toBe(false);
      expect(got.has('associate-cmalt')).toBe(false);
      expect(reason(got.get('senior-cmalt'), 'progression')).toMatch(
        /^You hold CMALT \(Certified Member of ALT\): Senior CMALT is the next step/,
      );
      expect(codes(got.get('become-a-cmalt-assessor'))).toContain('progression');
    }
    // 90 days is the window: the 91st day out is not yet due.
    expect(byKey(withCmalt('2027-02-20')).has('cmalt')).toBe(true);
  });

  it('recognises a certification written by name only', () => {
    const got = byKey(
      recommend({
        ...base,
        certifications: [{ name: 'Senior CMALT', catalogueKey: null, expiresOn: null }],
      }),
    );
    expect(got.has('senior-cmalt')).toBe(false);
    expect(got.has('cmalt')).toBe(false);
    expect(got.has('associate-cmalt')).toBe(false);
  });
});

describe('the engine in general', () => {
  const ctx = context({
    country: 'GB',
    sector: 'higher-education',
    classification: { family: 'learning-technologist', seniority: 'practitioner', stage: 'career' },
  });

  it('lists what is already in the plan after the rest, marked and saying so', () => {
    const list = recommend({ ...ctx, inPlan: ['cmalt'] });
    const last = list[list.length - 1];
    expect(last?.key).toBe('cmalt');
    expect(last?.inPlan).toBe(true);
    expect(reason(last, 'in-plan')).toBe(
      'It is already in your plan, so it is listed after the rest.',
    );
    expect(list.filter((r) => r.inPlan)).toHaveLength(1);
  });

  it('recommends nothing for an empty profile: there would be no reason to give', () => {
    expect(recommend(context())).toEqual([]);
  });

  it('without a country, lists only what applies anywhere or internationally', () => {
    const got = byKey(recommend({ ...ctx, country: null }));
    expect(got.has('cmalt')).toBe(true);
    expect(codes(got.get('cmalt'))).not.toContain('country');
    for (const key of ['pgcert-academic-practice', 'wcet', 'cnie', 'etug', 'ascilite'])
      expect(got.has(key), key).toBe(false);
  });

  it('localises an entry for the person’s country, adding the source', () => {
    const novice = {
      sector: 'higher-education' as const,
      classification: {
        family: 'learning-technologist' as const,
        seniority: 'entry' as const,
        stage: 'novice' as const,
      },
    };
    const ca = byKey(recommend(context({ ...novice, country: 'CA' }))).get(
      'masters-educational-technology',
    );
    const us = byKey(recommend(context({ ...novice, country: 'US' }))).get(
      'masters-educational-technology',
    );
    const de = byKey(recommend(context({ ...novice, country: 'DE' }))).get(
      'masters-educational-technology',
    );
    expect(ca?.summary).toMatch(/UBC.*Royal Roads/);
    expect(us?.summary).toMatch(/Boise State/);
    expect(us?.facts.cost).toContain('US$450 per credit hour');
    expect(de?.summary).not.toMatch(/UBC|Boise/);
    expect(ca?.sources.map((s) => s.name).join(' ')).toMatch(/Seed 001/);
  });

  it('says what it was based on', () => {
    expect(
      describeBasis(
        context({
          ...ctx,
          backgrounds: ['it'],
          yearsInField: 1,
          target: { label: 'Senior learning technologist', family: null, seniority: 'senior' },
        }),
      ),
    ).toEqual([
      'Practitioner learning technologist (career stage)',
      'Higher education, the United Kingdom',
      'Came in from IT',
      '1 year in the field',
      'Target: Senior learning technologist',
    ]);
  });

  it('is deterministic and well formed for any context (property)', () => {
    const countries = ['GB', 'US', 'CA', 'AU', 'NZ', 'IE', 'DE', null];
    const keys = CATALOGUE.entries.map((e) => e.key);
    const refs = CATALOGUE.entries.flatMap((e) => e.helpsWith);
    const arbContext = fc.record({
      today: fc.constantFrom('2026-01-01', TODAY, '2027-06-30'),
      country: fc.constantFrom(...countries),
      sector: fc.option(fc.constantFrom(...SECTORS), { nil: null }),
      backgrounds: fc.subarray([...BACKGROUNDS]),
      yearsInField: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      classification: fc.option(
        fc
          .record({
            family: fc.constantFrom(...ROLE_FAMILIES),
            seniority: fc.constantFrom(...SENIORITIES),
          })
          .map((c) => ({ ...c, stage: STAGE_OF_SENIORITY[c.seniority] })),
        { nil: null },
      ),
      qualifications: fc.subarray([
        { name: 'MEd Educational Technology', level: 'master', subject: null },
        { name: 'PhD', level: 'doctorate', subject: 'History' },
        { name: 'BA English', level: 'bachelor', subject: 'English' },
      ]),
      certifications: fc.array(
        fc.record({
          name: fc.constantFrom('CMALT', 'Senior CMALT', 'FHEA', 'CETL', 'Something else'),
          catalogueKey: fc.constant(null),
          expiresOn: fc.option(fc.constantFrom('2025-05-01', '2026-12-01', '2029-01-01'), {
            nil: null,
          }),
        }),
        { maxLength: 3 },
      ),
      memberships: fc.subarray([
        { name: 'ALT', catalogueKey: null },
        { name: 'ISTE member', catalogueKey: 'iste' },
      ]),
      target: fc.option(
        fc.record({
          label: fc.constant('My target'),
          family: fc.option(fc.constantFrom(...ROLE_FAMILIES), { nil: null }),
          seniority: fc.option(fc.constantFrom(...SENIORITIES), { nil: null }),
        }),
        { nil: null },
      ),
      gaps: fc.subarray(refs, { maxLength: 6 }).map((rs) => {
        const unique = new Map(rs.map((r) => [`${r.framework} ${r.item}`, r]));
        return [...unique.values()].map((r) => gap(r.framework, r.item, 3, 1));
      }),
      inPlan: fc.subarray(keys, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(arbContext, (c: RecommendationContext) => {
        const first = recommend(c);
        const again = recommend(structuredClone(c));
        expect(again).toEqual(first);
        expectWellFormed(first, c);
        for (const r of first) {
          expect(r.inPlan).toBe(c.inPlan.includes(r.key));
          const expiring = r.reasons.some((x) => x.code === 'expiring' || x.code === 'expired');
          if (expiring) expect(r.kind).toBe('certification');
        }
      }),
      { numRuns: 200 },
    );
  });
});
