import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseValidator } from '../../test/case-schema';
import { call, createTenant, createTestApp, type Tenant, type TestApp } from '../../test/harness';
import { parsePackage } from './case-import';

/**
 * Property: for any framework (Unicode anywhere, Markdown statements, nesting, levels),
 * import → export gives a package the official CASE 1.1 schema accepts, and importing
 * that export gives back the same framework.
 */

let t: TestApp;
let tenant: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t);
});
afterAll(async () => t?.close());

type GenItem = {
  code: string | null;
  title: string | null;
  statement: string;
  type: string | null;
  children: GenItem[];
};
type GenFramework = {
  title: string;
  version: string | null;
  levels: { code: string; title: string }[];
  items: GenItem[];
};

const text = (min: number, max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: min, maxLength: max })
    .map((s) => s.replaceAll('\u0000', ''))
    .filter((s) => s.trim().length >= min);
const markdown = fc
  .tuple(
    text(1, 30),
    fc.constantFrom('', '**', '_', '`'),
    fc.constantFrom('', '\n\n- a\n- b', '\n\n| a | b |\n| --- | --- |'),
  )
  .map(([s, mark, tail]) => `${mark}${s}${mark}${tail}`);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const item: fc.Memo<GenItem> = fc.memo((n) =>
  fc.record({
    code: optional(text(1, 8)),
    title: optional(text(1, 40)),
    statement: markdown,
    type: optional(fc.constantFrom('Area', 'Standard', 'Indicator', 'Compétence', '能力')),
    children: n > 1 ? fc.array(item(n - 1), { maxLength: 4 }) : fc.constant([]),
  }),
);

const framework: fc.Arbitrary<GenFramework> = fc.record({
  title: text(1, 60),
  version: optional(text(1, 10)),
  levels: fc.array(fc.record({ code: text(1, 5), title: text(1, 20) }), { maxLength: 4 }),
  items: fc.array(item(3), { minLength: 1, maxLength: 6 }),
});

const now = '2026-01-01T00:00:00.000Z';

function toPackage(g: GenFramework) {
  const doc = {
    identifier: crypto.randomUUID(),
    uri: 'https://provider.example/doc',
    creator: 'Property test',
    title: g.title,
    lastChangeDateTime: now,
    ...(g.version ? { version: g.version } : {}),
    ...(g.levels.length ? { extensions: { cairnLevels: g.levels } } : {}),
  };
  const CFItems: Record<string, unknown>[] = [];
  const CFAssociations: Record<string, unknown>[] = [];
  const walk = (items: GenItem[], parent: string) =>
    items.forEach((i, position) => {
      const identifier = crypto.randomUUID();
      CFItems.push({
        identifier,
        uri: `urn:uuid:${identifier}`,
        fullStatement: i.statement,
        lastChangeDateTime: now,
        ...(i.code ? { humanCodingScheme: i.code } : {}),
        ...(i.title ? { abbreviatedStatement: i.title } : {}),
        ...(i.type ? { CFItemType: i.type } : {}),
      });
      CFAssociations.push({
        identifier: crypto.randomUUID(),
        uri: 'urn:a',
        associationType: 'isChildOf',
        originNodeURI: { identifier, uri: 'urn:o', title: 'o' },
        destinationNodeURI: { identifier: parent, uri: 'urn:d', title: 'd' },
        sequenceNumber: position + 1,
        lastChangeDateTime: now,
      });
      walk(i.children, identifier);
    });
  walk(g.items, doc.identifier);
  return { CFDocument: doc, CFItems, CFAssociations };
}

/** What "the same framework" means: document facts, levels, and the ordered tree of items. */
function canonical(pkg: unknown) {
  const r = parsePackage(pkg);
  if (!r.ok) throw new Error(`export did not parse: ${JSON.stringify(r.problems.slice(0, 3))}`);
  const { document, levels, items } = r.pkg;
  const children = (parent: string | null): unknown[] =>
    items
      .filter((i) => i.parentIdentifier === parent)
      .sort((a, b) => a.position - b.position)
      .map((i) => ({
        code: i.code,
        title: i.title,
        statement: i.statement,
        type: i.type,
        children: children(i.identifier),
      }));
  return {
    title: document.title,
    version: document.version,
    levels: levels.map((l) => [l.code, l.title]),
    tree: children(null),
  };
}

describe('CASE round trip (property)', () => {
  const validate = caseValidator();
  if (!validate)
    console.log(
      'roundtrip.test.ts: ../shared/standards is absent, so exports are not checked against the official CASE schema.',
    );

  it('export then import gives back the same framework, and every export validates', {
    timeout: 120_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(framework, async (g) => {
        const original = toPackage(g);
        // A fresh address per case: imports are rate-limited per address.
        const ip = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
        const first = await call(t, 'POST', '/api/frameworks/import', {
          as: tenant.admin,
          body: original,
          ip,
        });
        expect(first.statusCode, first.body).toBe(201);
        const exported = (
          await call(t, 'GET', `/api/frameworks/${first.data().framework.id}/case`, {
            as: tenant.admin,
          })
        ).data();
        if (validate)
          expect(validate(exported), JSON.stringify(validate.errors)?.slice(0, 600)).toBe(true);
        expect(canonical(exported)).toEqual(canonical(original));

        const second = await call(t, 'POST', '/api/frameworks/import', {
          as: tenant.admin,
          body: exported,
          ip,
        });
        expect(second.statusCode, second.body).toBe(201);
        const again = (
          await call(t, 'GET', `/api/frameworks/${second.data().framework.id}/case`, {
            as: tenant.admin,
          })
        ).data();
        expect(canonical(again)).toEqual(canonical(exported));
      }),
      { numRuns: 25 },
    );
  });
});
