import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTenant, createTestApp, type Tenant, type TestApp } from '../../test/harness';
import { credentialsPersonalData } from './personal-data';
import { reminderDue, sendDueReminders } from './reminders';
import { issueCredential, rotateKey } from './service';
import { generateKeyPair } from './keys';
import { issueSigned, type Json } from './signing';
import { createScheme, inDays, issueTo, obValidator } from './test-support';

let t: TestApp;
let tenant: Tenant;
let other: Tenant;
let schemeId: string;
beforeAll(async () => {
  t = await createTestApp({ CREDENTIAL_KEY_SECRET: 'a test secret that is long enough to use' });
  tenant = await createTenant(t, 'Harbour University');
  other = await createTenant(t, 'Elsewhere College');
  schemeId = await createScheme(t, tenant, 'Harbour in-house CMALT');
});
afterAll(async () => t?.close());

const verify = (body: unknown) =>
  call(t, 'POST', '/api/credentials/verify', {
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('issued credentials', () => {
  it('are listed for their holder only, with scheme, dates and state, and download as the signed JSON', async () => {
    const { id, credential } = await issueTo(t, tenant, schemeId);
    const mine = await call(t, 'GET', '/api/credentials', { as: tenant.practitioner });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.data().credentials).toEqual([
      expect.objectContaining({
        id,
        schemeName: 'Harbour in-house CMALT',
        institutionName: 'Harbour University',
        achievementName: 'Certified Member of ALT (CMALT)',
        state: 'active',
        public: false,
        validFrom: credential.validFrom,
        validUntil: `${inDays(3 * 365)}T23:59:59Z`,
      }),
    ]);
    for (const someoneElse of [tenant.assessor, other.admin, other.practitioner]) {
      expect(
        (await call(t, 'GET', '/api/credentials', { as: someoneElse })).data().credentials,
      ).toEqual([]);
      const res = await call(t, 'GET', `/api/credentials/${id}`, { as: someoneElse });
      expect(res.statusCode).toBe(404);
      expect(
        (await call(t, 'GET', `/api/credentials/${id}/download`, { as: someoneElse })).statusCode,
      ).toBe(404);
    }
    // The scheme's coordinators (its institution's admins and managers) read it and may revoke it.
    const asAdmin = await call(t, 'GET', `/api/credentials/${id}`, { as: tenant.admin });
    expect(asAdmin.data()).toMatchObject({ id, canRevoke: true, credential });
    expect(
      (await call(t, 'GET', `/api/credentials/${id}`, { as: tenant.practitioner })).data()
        .canRevoke,
    ).toBe(false);

    const file = await call(t, 'GET', `/api/credentials/${id}/download`, {
      as: tenant.practitioner,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="cmalt-credential-${(credential.validFrom as string).slice(0, 10)}.json"`,
    );
    expect(JSON.parse(file.body)).toEqual(credential);
    const report = (await verify(file.body)).data();
    expect(report).toMatchObject({
      verified: true,
      issuer: {
        known: true,
        schemeId,
        schemeName: 'Harbour in-house CMALT',
        institutionName: 'Harbour University',
        key: 'current',
      },
      status: { state: 'active', recorded: true },
    });
    expect(report.summary).toBe('Verified: issued by Harbour in-house CMALT (Harbour University).');
  });

  it('have a public verification page only once the holder opens it', async () => {
    const { id } = await issueTo(t, tenant, schemeId);
    expect((await call(t, 'GET', `/api/credentials/${id}/public`)).statusCode).toBe(404);
    const opened = await call(t, 'PATCH', `/api/credentials/${id}`, {
      as: tenant.practitioner,
      body: { public: true },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.data().public).toBe(true);
    const page = await call(t, 'GET', `/api/credentials/${id}/public`);
    expect(page.statusCode).toBe(200);
    expect(page.data().report).toMatchObject({ verified: true, issuer: { known: true } });
    expect(page.data().credential.id).toBe(`urn:uuid:${id}`);
    // Only the holder opens or closes it.
    const byAdmin = await call(t, 'PATCH', `/api/credentials/${id}`, {
      as: tenant.admin,
      body: { public: false },
    });
    expect(byAdmin.statusCode).toBe(404);
    await call(t, 'PATCH', `/api/credentials/${id}`, {
      as: tenant.practitioner,
      body: { public: false },
    });
    expect((await call(t, 'GET', `/api/credentials/${id}/public`)).statusCode).toBe(404);
    expect(
      (await call(t, 'GET', '/api/credentials/00000000-0000-4000-8000-000000000000/public'))
        .statusCode,
    ).toBe(404);
  });

  it('lapse after their review date, and report it', async () => {
    const { id } = await issueTo(t, tenant, schemeId, {
      validFrom: new Date(Date.now() - 4 * 365 * 86_400_000),
      reviewDueOn: inDays(-30),
    });
    const list = (await call(t, 'GET', '/api/credentials', { as: tenant.practitioner })).data()
      .credentials;
    expect(list.find((c: { id: string }) => c.id === id).state).toBe('lapsed');
    const doc = (await call(t, 'GET', `/api/credentials/${id}`, { as: tenant.practitioner })).data()
      .credential;
    const report = (await verify(doc)).data();
    expect(report).toMatchObject({
      verified: false,
      signature: { valid: true },
      status: { state: 'lapsed' },
    });
    expect(report.summary).toContain(`lapsed on ${inDays(-30)}`);
  });

  it('refuse a scheme that does not exist or a review date that is not a date', async () => {
    await expect(issueTo(t, tenant, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      status: 404,
    });
    await expect(issueTo(t, tenant, schemeId, { reviewDueOn: 'next year' })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('reviewDueOn must be a date'),
    });
  });
});

describe('the verification route', () => {
  it('reports a changed byte as a failed signature, and says what is wrong with input that is not a credential', async () => {
    const { credential } = await issueTo(t, tenant, schemeId);
    const text = JSON.stringify(credential).replace(
      'Certified Member of ALT',
      'Certified Member of ALT!',
    );
    const tampered = await verify(text);
    expect(tampered.statusCode).toBe(200);
    expect(tampered.data()).toMatchObject({
      verified: false,
      signature: { valid: false },
      issuer: { known: false },
    });
    expect(tampered.data().summary).toMatch(
      /^Not verified: The signature does not match the content/,
    );

    const malformed = await verify('{"type": ["VerifiableCredential"], ');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.data().error).toMatchObject({ code: 'MALFORMED_JSON' });
    expect(malformed.data().error.message).toMatch(/^The request body is not valid JSON/);

    const list = await verify([credential]);
    expect(list.statusCode).toBe(400);
    expect(list.data().error.message).toContain('Send the credential itself: a JSON object');

    const notOne = await verify({ type: ['Something'], name: 'x' });
    expect(notOne.statusCode).toBe(400);
    expect(notOne.data().error.message).toBe(
      'This JSON is not a verifiable credential: its "type" does not include "VerifiableCredential".',
    );

    const huge = await verify({ ...credential, padding: 'x'.repeat(300 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect(huge.data().error.message).toContain('A credential is at most 256 KB');

    const unsigned = await verify({ ...credential, proof: undefined });
    expect(unsigned.statusCode).toBe(200);
    expect(unsigned.data()).toMatchObject({ verified: false, structure: { valid: false } });
  });

  it('does not lend Cairn’s records to a credential signed elsewhere that copies a Cairn id', async () => {
    const { id } = await issueTo(t, tenant, schemeId);
    await call(t, 'POST', `/api/credentials/${id}/revoke`, {
      as: tenant.admin,
      body: { reason: 'Withdrawn for testing' },
    });
    const copy = await issueSigned(
      {
        id,
        issuer: { name: 'Harbour in-house CMALT', url: 'http://cairn.test' },
        recipient: { name: 'Someone', email: 'someone@example.test' },
        achievement: { name: 'CMALT', description: 'd', criteriaNarrative: 'c', alignments: [] },
        validFrom: new Date(),
        validUntil: null,
      },
      await generateKeyPair(),
    );
    const report = (await verify(copy)).data();
    expect(report).toMatchObject({
      signature: { valid: true },
      issuer: { known: false, name: 'Harbour in-house CMALT' },
      status: { state: 'active', recorded: false, revokedAt: null },
    });
    expect(report.summary).toContain('the signing key does not belong to any scheme on this Cairn');
  });
});

describe('scheme keys', () => {
  it('rotate: the new key signs from then on, the old one is retired and its credentials keep verifying', async () => {
    const scheme = await createScheme(t, tenant, 'Rotating scheme');
    const before = await issueTo(t, tenant, scheme);
    const keys = await call(t, 'GET', `/api/credentials/schemes/${scheme}/keys`, {
      as: tenant.manager,
    });
    expect(keys.statusCode).toBe(200);
    expect(keys.data()).toMatchObject({
      schemeName: 'Rotating scheme',
      keys: [{ current: true, retiredAt: null, credentialsSigned: 1 }],
    });
    const oldKey = keys.data().keys[0];
    expect((before.credential.issuer as Json).id).toBe(oldKey.controller);

    const rotated = await call(t, 'POST', `/api/credentials/schemes/${scheme}/keys`, {
      as: tenant.admin,
    });
    expect(rotated.statusCode, rotated.body).toBe(201);
    const [newKey, retired] = rotated.data().keys;
    expect(newKey).toMatchObject({ current: true, retiredAt: null, credentialsSigned: 0 });
    expect(retired).toMatchObject({ id: oldKey.id, current: false, credentialsSigned: 1 });
    expect(retired.retiredAt).not.toBeNull();

    const after = await issueTo(t, tenant, scheme);
    expect((after.credential.issuer as Json).id).toBe(newKey.controller);
    const oldReport = (await verify(before.credential)).data();
    expect(oldReport).toMatchObject({
      verified: true,
      issuer: { known: true, key: 'retired', keyRetiredAt: retired.retiredAt },
    });
    expect(oldReport.summary).toContain(`with a key retired on ${retired.retiredAt.slice(0, 10)}`);
    expect((await verify(after.credential)).data()).toMatchObject({
      verified: true,
      issuer: { key: 'current' },
    });

    // Nobody but the scheme's coordinators sees or rotates its keys.
    for (const who of [tenant.practitioner, tenant.assessor, other.admin]) {
      expect(
        (await call(t, 'GET', `/api/credentials/schemes/${scheme}/keys`, { as: who })).statusCode,
      ).toBe(404);
      expect(
        (await call(t, 'POST', `/api/credentials/schemes/${scheme}/keys`, { as: who })).statusCode,
      ).toBe(404);
    }
    const issued = await call(t, 'GET', `/api/credentials/schemes/${scheme}/issued`, {
      as: tenant.admin,
    });
    expect(
      issued
        .data()
        .credentials.map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual([before.id, after.id].sort());

    // The institution's audit log says who rotated, and that two credentials were issued.
    const audit = async (action: string) =>
      (await call(t, 'GET', `/api/audit?action=${action}`, { as: tenant.admin })).data().events;
    expect(await audit('credential-key-rotated')).toEqual([
      expect.objectContaining({ actor: tenant.admin.email, subject: 'Rotating scheme' }),
    ]);
    expect(
      (await audit('credential-issued')).filter((e: { detail: string }) =>
        e.detail.includes('(Rotating scheme)'),
      ),
    ).toHaveLength(2);
    expect(
      (await call(t, 'GET', '/api/audit?action=credential-key-rotated', { as: other.admin })).data()
        .events,
    ).toEqual([]);
  });

  it('are created once even when a scheme’s first credentials are issued at the same moment, and stored encrypted', async () => {
    const scheme = await createScheme(t, tenant, 'Busy scheme');
    const issued = await Promise.all([1, 2, 3].map(() => issueTo(t, tenant, scheme)));
    const rows = await t.database.db
      .selectFrom('credential_keys')
      .selectAll()
      .where('scheme_id', '=', scheme)
      .execute();
    expect(rows).toHaveLength(1);
    expect(new Set(issued.map((c) => (c.credential.issuer as Json).id))).toEqual(
      new Set([rows[0]!.controller]),
    );
    expect(rows[0]!.secret_key_encrypted).toMatch(/^v1\./);
    expect(rows[0]!.secret_key_encrypted).not.toContain(rows[0]!.public_key_multibase.slice(4, 20));
  });
});

describe('the key-encryption secret', () => {
  it('must be the one a key was stored with: another one stops signing with a message that says what to do, and rotating recovers', async () => {
    const scheme = await createScheme(t, tenant, 'Secret scheme');
    const first = await issueTo(t, tenant, scheme);
    const otherSecret = {
      ...t.deps,
      config: { ...t.deps.config, credentialKeySecret: 'a different secret that is long enough!!' },
    };
    await expect(issueTo({ ...t, deps: otherSecret }, tenant, scheme)).rejects.toThrow(
      /cannot be decrypted: CREDENTIAL_KEY_SECRET .* is not the secret it was stored with/,
    );
    await rotateKey(
      otherSecret,
      { userId: tenant.admin.userId, institutionId: tenant.institutionId, roles: ['admin'] },
      scheme,
    );
    const second = await issueTo({ ...t, deps: otherSecret }, tenant, scheme);
    expect((await verify(second.credential)).data()).toMatchObject({
      verified: true,
      issuer: { key: 'current' },
    });
    expect((await verify(first.credential)).data()).toMatchObject({
      verified: true,
      issuer: { key: 'retired' },
    });
  });
});

describe('the verifier’s rate limit', () => {
  it('answers 429 after 60 requests a minute from one address', async () => {
    for (let i = 0; i < 60; i++) {
      const res = await call(t, 'POST', '/api/credentials/verify', { body: {}, ip: '203.0.113.9' });
      expect(res.statusCode).toBe(400);
    }
    const limited = await call(t, 'POST', '/api/credentials/verify', {
      body: {},
      ip: '203.0.113.9',
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.data().error.code).toBe('RATE_LIMITED');
    const elsewhere = await call(t, 'POST', '/api/credentials/verify', {
      body: {},
      ip: '203.0.113.10',
    });
    expect(elsewhere.statusCode).toBe(400);
  });
});

describe('revocation', () => {
  it('is for the scheme’s coordinators, needs a reason, and shows when verifying', async () => {
    const { id, credential } = await issueTo(t, tenant, schemeId);
    for (const who of [tenant.practitioner, tenant.assessor, other.admin]) {
      const res = await call(t, 'POST', `/api/credentials/${id}/revoke`, {
        as: who,
        body: { reason: 'No reason at all' },
      });
      expect(res.statusCode).toBe(404);
    }
    const empty = await call(t, 'POST', `/api/credentials/${id}/revoke`, {
      as: tenant.manager,
      body: { reason: ' ' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.data().error.fields[0].path).toBe('reason');
    const done = await call(t, 'POST', `/api/credentials/${id}/revoke`, {
      as: tenant.manager,
      body: { reason: 'The evidence in core area 2 was not the candidate’s own.' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.data()).toMatchObject({
      state: 'revoked',
      revokedReason: 'The evidence in core area 2 was not the candidate’s own.',
    });
    const again = await call(t, 'POST', `/api/credentials/${id}/revoke`, {
      as: tenant.admin,
      body: { reason: 'Twice' },
    });
    expect(again.statusCode).toBe(409);

    const report = (await verify(credential)).data();
    expect(report).toMatchObject({
      verified: false,
      signature: { valid: true },
      status: {
        state: 'revoked',
        recorded: true,
        revokedReason: 'The evidence in core area 2 was not the candidate’s own.',
      },
    });
    expect(report.summary).toMatch(
      /^Revoked by Harbour in-house CMALT \(Harbour University\) on \d{4}-\d{2}-\d{2}: The evidence/,
    );
    const mine = (await call(t, 'GET', '/api/credentials', { as: tenant.practitioner })).data()
      .credentials;
    expect(mine.find((c: { id: string }) => c.id === id).state).toBe('revoked');
    const events = (
      await call(t, 'GET', '/api/audit?action=credential-revoked', { as: tenant.admin })
    ).data().events;
    expect(events).toContainEqual(
      expect.objectContaining({
        actor: tenant.manager.email,
        detail: expect.stringContaining('The evidence in core area 2 was not the candidate’s own.'),
      }),
    );
  });
});

describe('review reminders', () => {
  it('pick the most urgent lead time reached and never repeat one', () => {
    const until = '2030-01-01T00:00:00Z';
    const at = (days: number) => new Date(Date.parse(until) - days * 86_400_000);
    expect(reminderDue(until, [], at(120))).toBeNull();
    expect(reminderDue(until, [], at(89))).toEqual({ lead: 90, mark: [90] });
    expect(reminderDue(until, [90], at(60))).toBeNull();
    expect(reminderDue(until, [90], at(29))).toEqual({ lead: 30, mark: [30] });
    expect(reminderDue(until, [], at(5))).toEqual({ lead: 7, mark: [90, 30, 7] });
    expect(reminderDue(until, [90, 30, 7], at(1))).toBeNull();
    expect(reminderDue(until, [], at(-1))).toBeNull();
  });

  it('email the holder 90, 30 and 7 days before the review date, once each, and not for revoked credentials', async () => {
    const tenantR = await createTenant(t, 'Reminder College');
    const scheme = await createScheme(t, tenantR, 'Reminder scheme');
    const { id } = await issueTo(t, tenantR, scheme, { reviewDueOn: inDays(100) });
    const revoked = await issueTo(t, tenantR, scheme, { reviewDueOn: inDays(100) });
    await call(t, 'POST', `/api/credentials/${revoked.id}/revoke`, {
      as: tenantR.admin,
      body: { reason: 'Issued twice' },
    });
    const mailsTo = () => t.mails.filter((m) => m.to === tenantR.practitioner.email);
    const day = (n: number) => new Date(Date.now() + n * 86_400_000);

    expect(await sendDueReminders(t.deps, day(0))).toBe(0);
    await sendDueReminders(t.deps, day(11));
    expect(mailsTo()).toHaveLength(1);
    expect(mailsTo()[0]).toMatchObject({
      subject: 'Your Certified Member of ALT (CMALT) review is due in 90 days',
      link: `http://cairn.test/credentials/${id}`,
    });
    expect(mailsTo()[0]!.text).toContain(`valid until ${inDays(100)}`);
    await sendDueReminders(t.deps, day(12));
    expect(mailsTo()).toHaveLength(1);
    await sendDueReminders(t.deps, day(71));
    await sendDueReminders(t.deps, day(94));
    await sendDueReminders(t.deps, day(95));
    expect(mailsTo().map((m) => m.subject.replace(/.* in /, ''))).toEqual([
      '90 days',
      '30 days',
      '7 days',
    ]);
    await sendDueReminders(t.deps, day(101));
    expect(mailsTo()).toHaveLength(3);
    // The same reminders are in Cairn, linking to the credential.
    const inApp = (await call(t, 'GET', '/api/notifications', { as: tenantR.practitioner })).data();
    expect(inApp.notifications).toHaveLength(3);
    expect(inApp.notifications[0]).toMatchObject({ link: `/credentials/${id}` });
  });
});

describe('personal data', () => {
  it('lists the holder’s credentials with the signed JSON, and nobody else’s', async () => {
    const { id, credential } = await issueTo(t, tenant, schemeId);
    const mine = await credentialsPersonalData(t.deps.db, tenant.practitioner.userId);
    expect(mine.find((c) => c.id === id)).toMatchObject({
      schemeName: 'Harbour in-house CMALT',
      credential,
    });
    expect(await credentialsPersonalData(t.deps.db, tenant.admin.userId)).toEqual([]);
  });
});

describe('the interface for the review workflow', () => {
  const validate = obValidator();
  if (!validate)
    console.log(
      'Skipping the OB 3.0 JSON Schema check of an issued credential: ../shared/standards/ob-v3p0-achievementcredential.schema.json is absent.',
    );
  it.skipIf(!validate)(
    'issues credentials valid against the OB 3.0 AchievementCredential JSON Schema',
    async () => {
      const { credential } = await issueTo(t, tenant, schemeId);
      expect(validate!(credential), JSON.stringify(validate!.errors, null, 1)).toBe(true);
    },
  );

  it('issues with the given achievement, alignments and review date, returning the id and signed JSON', async () => {
    const res = await issueCredential(t.deps, {
      schemeId,
      submissionId: '3a0f1a4e-9a0b-4f4c-8a55-1f7e1b2d3c4d',
      recipient: {
        userId: tenant.manager.userId,
        name: 'Manager of Harbour',
        email: tenant.manager.email,
      },
      achievement: {
        name: 'Senior CMALT',
        description: 'Senior level',
        criteriaNarrative: 'Leadership',
        alignments: [],
      },
      reviewDueOn: null,
    });
    expect(res.credential).not.toHaveProperty('validUntil');
    const detail = (
      await call(t, 'GET', `/api/credentials/${res.id}`, { as: tenant.manager })
    ).data();
    expect(detail).toMatchObject({
      submissionId: '3a0f1a4e-9a0b-4f4c-8a55-1f7e1b2d3c4d',
      validUntil: null,
      state: 'active',
    });
  });
});
