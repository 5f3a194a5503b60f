import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZTemplateSpec } from '../../../../contracts/portfolios';
import { call, createTenant, createTestApp, type Tenant, type TestApp } from '../../test/harness';
import { checkCompleteness } from './completeness';
import { BUILTIN_TEMPLATES } from './templates';

let t: TestApp;
let tenant: Tenant;
let other: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'Template University');
  other = await createTenant(t, 'Elsewhere College');
});
afterAll(async () => t?.close());

const builtin = (key: string) => BUILTIN_TEMPLATES.find((b) => b.key === key)!;

/** A portfolio as first created: every section empty. */
const emptySections = (key: string) =>
  builtin(key).spec.sections.map((s, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    key: s.key,
    customTitle: null,
    description: '',
    reflection: '',
    declarations: [],
    evidence: [],
  }));

const kindsBySection = (key: string) => {
  const spec = builtin(key).spec;
  const c = checkCompleteness(spec.sections, emptySections(key), spec.words);
  const out: Record<string, string[]> = {};
  for (const p of c.problems)
    out[p.sectionKey ?? '-'] = [...(out[p.sectionKey ?? '-'] ?? []), p.kind];
  return out;
};

describe('each scheme’s completeness rules, on an empty portfolio', () => {
  it('every built-in template is a valid spec with unique section keys', () => {
    for (const b of BUILTIN_TEMPLATES) {
      expect(() => ZTemplateSpec.parse(b.spec), b.key).not.toThrow();
      const keys = b.spec.sections.map((s) => s.key);
      expect(new Set(keys).size, b.key).toBe(keys.length);
    }
  });

  it('ISTE Certification asks for artifacts and reflections against each of the seven standards', () => {
    const k = kindsBySection('iste-certification');
    expect(k.introduction).toEqual(['missing-description']);
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      expect(k[`standard-4-${n}`], `4.${n}`).toEqual(['missing-evidence', 'missing-reflection']);
    }
  });

  it('Advance HE D1 asks for two areas of activity naming their PSF dimensions; D2 for all five areas', () => {
    const d1 = kindsBySection('psf-d1');
    expect(d1['activity-1']).toEqual([
      'missing-description',
      'missing-evidence',
      'missing-reflection',
      'missing-declarations',
    ]);
    const d2 = kindsBySection('psf-d2');
    expect(Object.keys(d2).filter((k) => k.startsWith('area-'))).toHaveLength(5);
  });

  it('Advance HE D3 and D4 need supporting statements (two pieces of evidence)', () => {
    for (const key of ['psf-d3', 'psf-d4']) {
      expect(kindsBySection(key).references, key).toEqual(['missing-evidence']);
      const spec = builtin(key).spec;
      const sections = emptySections(key).map((s) =>
        s.key === 'references'
          ? { ...s, evidence: [{ title: 'Letter', kind: 'file' as const, link: null }] }
          : s,
      );
      const c = checkCompleteness(spec.sections, sections, spec.words);
      expect(c.problems.find((p) => p.sectionKey === 'references')?.kind).toBe('too-few-evidence');
    }
  });

  it('Associate CMALT leaves the specialist area optional; CMALT and Senior CMALT do not', () => {
    expect(kindsBySection('cmalt-associate')['specialist-1']).toBeUndefined();
    expect(kindsBySection('cmalt')['specialist-1']).toContain('unnamed');
    const senior = kindsBySection('cmalt-senior');
    expect(senior['specialist-2']).toContain('unnamed');
    expect(senior['advanced-leadership']).toEqual([
      'missing-description',
      'missing-evidence',
      'missing-reflection',
    ]);
  });

  it('the free-form portfolio asks only for what its sections say, and nothing of the optional one', () => {
    expect(kindsBySection('free-form')).toEqual({
      introduction: ['missing-description'],
      work: ['missing-description', 'missing-evidence', 'missing-reflection'],
    });
  });
});

describe("an institution's own templates", () => {
  const body = {
    title: 'Digital Education Fellowship',
    scheme: 'Template University in-house',
    description: 'Our own recognition scheme.',
    spec: {
      framework: 'cmalt',
      sections: [
        {
          key: 'practice',
          title: 'Your practice',
          guidance: 'What you do.',
          parts: ['description', 'evidence', 'reflection'],
          items: ['cmalt 1a'],
          minEvidence: 2,
        },
      ],
    },
  };

  it('are added by managers or admins, used for portfolios, and seen by nobody else', async () => {
    const res = await call(t, 'POST', '/api/portfolio-templates', { as: tenant.manager, body });
    expect(res.statusCode, res.body).toBe(201);
    const tpl = res.data();
    expect(tpl).toMatchObject({ builtin: false, title: 'Digital Education Fellowship' });
    expect(tpl.sectionSpecs[0].items[0].code).toBe('1a');

    const p = await call(t, 'POST', '/api/portfolios', {
      as: tenant.practitioner,
      body: { templateId: tpl.id },
    });
    expect(p.statusCode, p.body).toBe(201);
    expect(p.data().completeness.problems.map((x: { kind: string }) => x.kind)).toEqual([
      'missing-description',
      'missing-evidence',
      'missing-reflection',
    ]);

    expect(
      (await call(t, 'GET', '/api/portfolio-templates', { as: other.admin })).body,
    ).not.toContain('Digital Education Fellowship');
    expect(
      (await call(t, 'GET', `/api/portfolio-templates/${tpl.id}`, { as: other.admin })).statusCode,
    ).toBe(404);
    const foreign = await call(t, 'POST', '/api/portfolios', {
      as: other.practitioner,
      body: { templateId: tpl.id },
    });
    expect(foreign.statusCode).toBe(400);

    const inUse = await call(t, 'DELETE', `/api/portfolio-templates/${tpl.id}`, {
      as: tenant.admin,
    });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.data().error.message).toMatch(/1 portfolio uses this template/);
  });

  it('refuse unknown framework items, repeated keys and practitioners, saying what to fix', async () => {
    const bad = await call(t, 'POST', '/api/portfolio-templates', {
      as: tenant.admin,
      body: {
        ...body,
        spec: {
          framework: 'cmalt',
          sections: [
            { ...body.spec.sections[0], items: ['cmalt 9z'] },
            { ...body.spec.sections[0], items: [] },
          ],
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.data().error.fields.map((f: { path: string }) => f.path)).toEqual([
      'spec.sections.0.items.0',
      'spec.sections.1.key',
    ]);
    const asPractitioner = await call(t, 'POST', '/api/portfolio-templates', {
      as: tenant.practitioner,
      body,
    });
    expect(asPractitioner.statusCode).toBe(403);
  });

  it('can be deleted while unused, but built-in templates cannot', async () => {
    const res = await call(t, 'POST', '/api/portfolio-templates', {
      as: tenant.admin,
      body: { ...body, title: 'Short-lived' },
    });
    const id = res.data().id;
    expect(
      (await call(t, 'DELETE', `/api/portfolio-templates/${id}`, { as: tenant.admin })).statusCode,
    ).toBe(204);
    const list = (await call(t, 'GET', '/api/portfolio-templates', { as: tenant.admin })).data()
      .templates;
    const cmalt = list.find((x: { key: string }) => x.key === 'cmalt');
    expect(
      (await call(t, 'DELETE', `/api/portfolio-templates/${cmalt.id}`, { as: tenant.admin }))
        .statusCode,
    ).toBe(404);
  });
});
