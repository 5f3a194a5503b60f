import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTenant, createTestApp, type Tenant, type TestApp } from '../../test/harness';

let t: TestApp;
let tenant: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'Editing Test College');
});
afterAll(async () => t?.close());

type Node = { id: string; code: string | null; statement: string; children: Node[] };
const tree = async (id: string) =>
  (await call(t, 'GET', `/api/frameworks/${id}`, { as: tenant.manager })).data();
const codes = (nodes: Node[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.code, codes(n.children)] : n.code));

async function draftWithItems() {
  const f = await call(t, 'POST', '/api/frameworks', {
    as: tenant.manager,
    body: {
      title: 'Learning technology career framework',
      levels: [
        { code: 'L1', title: 'Emerging' },
        { code: 'L2', title: 'Established' },
      ],
    },
  });
  expect(f.statusCode, f.body).toBe(201);
  const id: string = f.data().id;
  const add = async (body: Record<string, unknown>) =>
    (await call(t, 'POST', `/api/frameworks/${id}/items`, { as: tenant.manager, body })).data();
  const a = await add({
    parentId: null,
    code: 'A',
    title: 'Design',
    statement: 'Designs learning with technology.',
  });
  const b = await add({
    parentId: null,
    code: 'B',
    title: 'Support',
    statement: 'Supports colleagues.',
  });
  const a1 = await add({ parentId: a.id, code: 'A1', statement: 'Plans online activities.' });
  const a2 = await add({
    parentId: a.id,
    code: 'A2',
    statement: 'Evaluates tools against learning outcomes.',
  });
  return { id, a, b, a1, a2 };
}

describe('an institution’s own framework', () => {
  it('is drafted, edited, reordered and published; then frozen', async () => {
    const d = await draftWithItems();
    expect(codes((await tree(d.id)).items)).toEqual([['A', ['A1', 'A2']], 'B']);
    expect((await tree(d.id)).framework).toMatchObject({
      status: 'draft',
      builtin: false,
      levels: [{ code: 'L1' }, { code: 'L2' }],
    });

    // Move A2 to the top level, first.
    await call(t, 'PATCH', `/api/framework-items/${d.a2.id}`, {
      as: tenant.manager,
      body: { parentId: null, position: 0 },
    });
    expect(codes((await tree(d.id)).items)).toEqual(['A2', ['A', ['A1']], 'B']);
    const edited = await call(t, 'PATCH', `/api/framework-items/${d.a1.id}`, {
      as: tenant.manager,
      body: { statement: 'Plans online and blended activities.' },
    });
    expect(edited.data().statement).toBe('Plans online and blended activities.');
    // It cannot go under itself.
    const loop = await call(t, 'PATCH', `/api/framework-items/${d.a.id}`, {
      as: tenant.manager,
      body: { parentId: d.a1.id },
    });
    expect(loop.statusCode).toBe(400);
    expect(loop.data().error.fields[0]).toEqual({
      path: 'parentId',
      message: 'would put the item under itself',
    });

    const published = await call(t, 'POST', `/api/frameworks/${d.id}/publish`, {
      as: tenant.manager,
      body: { version: '2026' },
    });
    expect(published.data()).toMatchObject({ status: 'published', version: '2026' });
    const frozen = await call(t, 'PATCH', `/api/frameworks/${d.id}`, {
      as: tenant.manager,
      body: { title: 'Changed' },
    });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.data().error.message).toMatch(/published and frozen.*Start a new version/);
    expect(
      (
        await call(t, 'POST', `/api/frameworks/${d.id}/items`, {
          as: tenant.manager,
          body: { parentId: null, statement: 'x' },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await call(t, 'DELETE', `/api/framework-items/${d.b.id}`, { as: tenant.manager }))
        .statusCode,
    ).toBe(409);
    expect(
      (await call(t, 'DELETE', `/api/frameworks/${d.id}`, { as: tenant.manager })).statusCode,
    ).toBe(409);
  });

  it('gets new versions; older ones stay valid and say that a newer one exists', async () => {
    const d = await draftWithItems();
    await call(t, 'POST', `/api/frameworks/${d.id}/publish`, {
      as: tenant.manager,
      body: { version: '1.0' },
    });
    const v2 = (
      await call(t, 'POST', `/api/frameworks/${d.id}/versions`, { as: tenant.manager })
    ).data();
    expect(v2).toMatchObject({
      status: 'draft',
      versionNumber: 2,
      title: 'Learning technology career framework',
    });
    expect(
      (await call(t, 'POST', `/api/frameworks/${d.id}/versions`, { as: tenant.manager }))
        .statusCode,
    ).toBe(409);
    const v2tree = await tree(v2.id);
    expect(codes(v2tree.items)).toEqual([['A', ['A1', 'A2']], 'B']);
    expect(v2tree.items[0].id).not.toBe(d.a.id); // new items; the old ones stay as they were
    await call(t, 'POST', `/api/frameworks/${v2.id}/items`, {
      as: tenant.manager,
      body: { parentId: null, code: 'C', statement: 'Leads change.' },
    });
    const sameLabel = await call(t, 'POST', `/api/frameworks/${v2.id}/publish`, {
      as: tenant.manager,
      body: { version: '1.0' },
    });
    expect(sameLabel.statusCode).toBe(400);
    expect(
      (
        await call(t, 'POST', `/api/frameworks/${v2.id}/publish`, {
          as: tenant.manager,
          body: { version: '1.1' },
        })
      ).statusCode,
    ).toBe(200);

    const old = await tree(d.id);
    expect(old.framework.newerVersion).toEqual({ id: v2.id, version: '1.1' });
    expect(codes(old.items)).toEqual([['A', ['A1', 'A2']], 'B']);
    const oldItem = await call(t, 'GET', `/api/framework-items/${d.a1.id}`, {
      as: tenant.practitioner,
    });
    expect(oldItem.statusCode).toBe(200);
    expect(oldItem.data().item.framework.version).toBe('1.0');
  });

  it('refuses to publish an empty framework', async () => {
    const f = (
      await call(t, 'POST', '/api/frameworks', { as: tenant.admin, body: { title: 'Empty' } })
    ).data();
    const res = await call(t, 'POST', `/api/frameworks/${f.id}/publish`, {
      as: tenant.admin,
      body: { version: '1' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.data().error.message).toMatch(/at least one item/);
    expect(
      (await call(t, 'DELETE', `/api/frameworks/${f.id}`, { as: tenant.admin })).statusCode,
    ).toBe(204);
  });

  it('deletes an item with everything under it, and closes the gap', async () => {
    const d = await draftWithItems();
    expect(
      (await call(t, 'DELETE', `/api/framework-items/${d.a.id}`, { as: tenant.manager }))
        .statusCode,
    ).toBe(204);
    const after = await tree(d.id);
    expect(codes(after.items)).toEqual(['B']);
    expect(
      (await call(t, 'GET', `/api/framework-items/${d.a1.id}`, { as: tenant.manager })).statusCode,
    ).toBe(404);
  });
});

describe('built-in frameworks', () => {
  const cmalt = async () =>
    (await call(t, 'GET', '/api/frameworks', { as: tenant.manager }))
      .data()
      .frameworks.find(
        (f: { title: string; builtin: boolean }) =>
          f.builtin && /CMALT|Certified Membership/.test(f.title),
      );

  it('cannot be edited, only copied; the copy keeps the crosswalk to other frameworks', async () => {
    const original = await cmalt();
    const edit = await call(t, 'PATCH', `/api/frameworks/${original.id}`, {
      as: tenant.manager,
      body: { title: 'Mine now' },
    });
    expect(edit.statusCode).toBe(403);
    expect(edit.data().error.message).toMatch(/Make a copy/);
    const originalTree = await tree(original.id);
    const item = await call(t, 'PATCH', `/api/framework-items/${originalTree.items[0].id}`, {
      as: tenant.manager,
      body: { statement: 'x' },
    });
    expect(item.statusCode).toBe(403);

    const copy = await call(t, 'POST', `/api/frameworks/${original.id}/copy`, {
      as: tenant.manager,
      body: { title: 'CMALT at Editing Test College' },
    });
    expect(copy.statusCode).toBe(201);
    expect(copy.data()).toMatchObject({
      title: 'CMALT at Editing Test College',
      status: 'draft',
      builtin: false,
      itemCount: original.itemCount,
    });
    const copied = await tree(copy.data().id);
    const flat = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
    const four = flat(copied.items).find((n) => n.code === '4')!;
    const detail = (
      await call(t, 'GET', `/api/framework-items/${four.id}`, { as: tenant.manager })
    ).data();
    expect(detail.mappings.some((m: { item: { code: string } }) => m.item.code === '4.3')).toBe(
      true,
    );
    // The copy is editable.
    const renamed = await call(t, 'PATCH', `/api/framework-items/${four.id}`, {
      as: tenant.manager,
      body: { title: 'Communication and working with others (local)' },
    });
    expect(renamed.statusCode).toBe(200);
    // And the built-in framework is untouched.
    expect((await tree(original.id)).items.map((n: Node) => n.code)).toEqual(
      originalTree.items.map((n: Node) => n.code),
    );
  });
});

describe('sharing a framework with other systems', () => {
  it('serves a published framework over CASE only once the institution marks it public', async () => {
    const d = await draftWithItems();
    const publicDraft = await call(t, 'PATCH', `/api/frameworks/${d.id}`, {
      as: tenant.admin,
      body: { isPublic: true },
    });
    expect(publicDraft.data().isPublic).toBe(true);
    const identifier = publicDraft.data().identifier;
    expect((await call(t, 'GET', `/ims/case/v1p1/CFPackages/${identifier}`)).statusCode).toBe(404); // still a draft
    await call(t, 'POST', `/api/frameworks/${d.id}/publish`, {
      as: tenant.admin,
      body: { version: '2026' },
    });
    const pkg = await call(t, 'GET', `/ims/case/v1p1/CFPackages/${identifier}`);
    expect(pkg.statusCode).toBe(200);
    expect(pkg.data().CFItems).toHaveLength(4);
    // Making it private again is allowed on a published version, and takes effect at once.
    expect(
      (
        await call(t, 'PATCH', `/api/frameworks/${d.id}`, {
          as: tenant.admin,
          body: { isPublic: false },
        })
      ).statusCode,
    ).toBe(200);
    expect((await call(t, 'GET', `/ims/case/v1p1/CFPackages/${identifier}`)).statusCode).toBe(404);
  });

  it('lets only administrators and managers write', async () => {
    const res = await call(t, 'POST', '/api/frameworks', {
      as: tenant.practitioner,
      body: { title: 'Mine' },
    });
    expect(res.statusCode).toBe(403);
    const blank = await call(t, 'POST', '/api/frameworks', {
      as: tenant.manager,
      body: { title: '   ' },
    });
    expect(blank.data().error.fields).toEqual([{ path: 'title', message: 'is required' }]);
  });
});
