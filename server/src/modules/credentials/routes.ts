import type { FastifyError, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId } from '../../../../contracts/common';
import {
  VERIFY_MAX_BYTES,
  ZCredentialDetail,
  ZCredentialSummary,
  ZPublicBody,
  ZPublicCredential,
  ZRevokeBody,
  ZSchemeKeys,
  ZVerificationReport,
} from '../../../../contracts/credentials';
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { clientIp, requireAuth } from '../../plugins/auth';
import * as service from './service';
import type { Json } from './signing';

const tags = ['credentials'];
/** A holder's own credentials follow the person, whichever institution is current. */
const user = { access: { kind: 'user' } } as const;
/** Scheme coordinators; the service answers 404 to members who do not coordinate the scheme. */
const member = { access: { kind: 'member' } } as const;
const ZIdParams = z.object({ id: ZId });
const ZSchemeParams = z.object({ schemeId: ZId });

const viewer = (request: FastifyRequest): service.Viewer => {
  const a = requireAuth(request);
  return {
    userId: a.userId,
    institutionId: a.institutionId,
    roles: a.roles,
    email: a.email,
    ip: clientIp(request),
  };
};

/** What the verifier needs before it looks at a proof, with a message that says what is wrong. */
function asCredential(body: unknown): Json {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw AppError.validation(
      [{ path: '', message: 'must be a JSON object' }],
      'Send the credential itself: a JSON object ({ ... }) such as the file Cairn lets a holder download.',
    );
  const type = (body as Json).type;
  const types = Array.isArray(type) ? type : [type];
  if (!types.includes('VerifiableCredential'))
    throw AppError.validation(
      [{ path: 'type', message: 'must include "VerifiableCredential"' }],
      'This JSON is not a verifiable credential: its "type" does not include "VerifiableCredential".',
    );
  return body as Json;
}

export const credentialRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.post(
    '/api/credentials/verify',
    {
      config: { access: { kind: 'public' }, rateLimit: { max: 60, timeWindow: '1 minute' } },
      bodyLimit: VERIFY_MAX_BYTES,
      errorHandler: (error: FastifyError, _request, _reply) => {
        if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
          throw new AppError(
            413,
            'PAYLOAD_TOO_LARGE',
            'A credential is at most 256 KB, and this is larger: check that you chose the credential JSON file.',
          );
        throw error;
      },
      schema: {
        tags,
        summary:
          'Verify an Open Badges 3.0 credential (the JSON as the body): signature, structure, issuer, status',
        body: z.unknown(),
        response: { 200: ZVerificationReport },
      },
    },
    async (request) => service.verifyCredential(deps, asCredential(request.body)),
  );

  app.get(
    '/api/credentials/:id/public',
    {
      config: { access: { kind: 'public' }, rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'A credential its holder made public, with a fresh verification report (404 otherwise)',
        params: ZIdParams,
        response: { 200: ZPublicCredential },
      },
    },
    async (request) => service.publicCredential(deps, request.params.id),
  );

  app.get(
    '/api/credentials',
    {
      config: user,
      schema: {
        tags,
        summary: 'My credentials, newest first',
        response: { 200: z.object({ credentials: z.array(ZCredentialSummary) }) },
      },
    },
    async (request) => ({
      credentials: await service.listCredentialsOfUser(deps.db, viewer(request).userId),
    }),
  );

  app.get(
    '/api/credentials/:id',
    {
      config: user,
      schema: {
        tags,
        summary: 'One credential with its signed JSON (its holder, or a coordinator of its scheme)',
        params: ZIdParams,
        response: { 200: ZCredentialDetail },
      },
    },
    async (request) => service.getCredential(deps, viewer(request), request.params.id),
  );

  app.patch(
    '/api/credentials/:id',
    {
      config: user,
      schema: {
        tags,
        summary: 'Open or close the public verification page of my credential',
        params: ZIdParams,
        body: ZPublicBody,
        response: { 200: ZCredentialDetail },
      },
    },
    async (request) =>
      service.setPublic(deps, viewer(request), request.params.id, request.body.public),
  );

  app.get(
    '/api/credentials/:id/download',
    {
      config: user,
      schema: {
        tags,
        summary: 'Download my credential as the signed JSON file',
        params: ZIdParams,
      },
    },
    async (request, reply) => {
      const file = await service.downloadCredential(deps, viewer(request), request.params.id);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .send(file.body);
    },
  );

  app.post(
    '/api/credentials/:id/revoke',
    {
      config: member,
      schema: {
        tags,
        summary: 'Revoke a credential with a reason (coordinators of its scheme)',
        params: ZIdParams,
        body: ZRevokeBody,
        response: { 200: ZCredentialDetail },
      },
    },
    async (request) =>
      service.revokeCredential(deps, viewer(request), request.params.id, request.body.reason),
  );

  app.get(
    '/api/credentials/schemes/:schemeId/keys',
    {
      config: member,
      schema: {
        tags,
        summary: 'A scheme’s signing keys, current and retired (coordinators)',
        params: ZSchemeParams,
        response: { 200: ZSchemeKeys },
      },
    },
    async (request) => service.listKeys(deps, viewer(request), request.params.schemeId),
  );

  app.post(
    '/api/credentials/schemes/:schemeId/keys',
    {
      config: member,
      schema: {
        tags,
        summary:
          'Rotate a scheme’s signing key: a new key signs from now on; the old one is retired and still verifies (coordinators)',
        params: ZSchemeParams,
        response: { 201: ZSchemeKeys },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return service.rotateKey(deps, viewer(request), request.params.schemeId);
    },
  );

  app.get(
    '/api/credentials/schemes/:schemeId/issued',
    {
      config: member,
      schema: {
        tags,
        summary: 'Credentials a scheme has issued, newest first (coordinators)',
        params: ZSchemeParams,
        response: { 200: z.object({ credentials: z.array(ZCredentialSummary) }) },
      },
    },
    async (request) => ({
      credentials: await service.listIssued(deps, viewer(request), request.params.schemeId),
    }),
  );
};
