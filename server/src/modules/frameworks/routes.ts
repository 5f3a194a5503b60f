import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId } from '../../../../contracts/common';
import {
  CASE_IMPORT_LIMIT_BYTES,
  ZCasePackageBody,
  ZFrameworkSummary,
  ZFrameworkTree,
  ZImportPreview,
  ZImportResult,
  ZItemDetail,
  ZItemSearchQuery,
  ZItemSearchResults,
} from '../../../../contracts/frameworks';
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { requireMember } from '../../plugins/auth';
import { caseBase } from './case';
import { parsePackage } from './case-import';
import { describePreview, importPackage, packageFor, rejectProblems } from './exchange';
import * as repo from './repository';
import * as service from './service';

const ZIdParams = z.object({ id: ZId });

/** A download header for any file name: an ASCII fallback plus the UTF-8 name (RFC 6266 / 5987). */
function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^[-.]+/, '')
    .slice(-80);
  return `attachment; filename="${ascii || 'framework-case.json'}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
const ZCaseParams = z.object({ sourcedId: z.string().min(1).max(64) });
/** CASE payloads are described by the 1EdTech schema, not repeated here. */
const ZCaseJson = z.record(z.string(), z.unknown());

export const frameworkRoutes: FastifyPluginAsyncZod<Deps> = async (app, deps) => {
  app.get(
    '/api/frameworks',
    {
      config: { access: { kind: 'member' } },
      schema: {
        tags: ['frameworks'],
        summary: 'Built-in frameworks and those of the current institution',
        response: { 200: z.object({ frameworks: z.array(ZFrameworkSummary) }) },
      },
    },
    async (request) => ({
      frameworks: await service.listFrameworks(deps.db, requireMember(request).institutionId),
    }),
  );

  app.get(
    '/api/frameworks/:id',
    {
      config: { access: { kind: 'member' } },
      schema: {
        tags: ['frameworks'],
        summary: 'A framework with its whole tree of items',
        params: ZIdParams,
        response: { 200: ZFrameworkTree },
      },
    },
    async (request) =>
      service.getTree(deps.db, requireMember(request).institutionId, request.params.id),
  );

  app.get(
    '/api/frameworks/:id/case',
    {
      config: { access: { kind: 'member' } },
      schema: {
        tags: ['frameworks'],
        summary: 'Download a framework as a CASE 1.1 CFPackage (JSON)',
        params: ZIdParams,
      },
    },
    async (request, reply) => {
      const f = await repo.findVisibleFramework(
        deps.db,
        requireMember(request).institutionId,
        request.params.id,
      );
      if (!f) throw AppError.notFound('That framework');
      const pkg = await packageFor(deps.db, f, deps.config.publicUrl);
      reply.header('content-disposition', attachment(`${f.title}-case.json`));
      reply.type('application/json; charset=utf-8');
      return JSON.stringify(pkg, null, 2);
    },
  );

  app.get(
    '/api/framework-items/search',
    {
      config: { access: { kind: 'member' } },
      schema: {
        tags: ['frameworks'],
        summary: 'Find items by code, title or statement across the frameworks you can read',
        querystring: ZItemSearchQuery,
        response: { 200: ZItemSearchResults },
      },
    },
    async (request) => ({
      results: await service.searchItems(
        deps.db,
        requireMember(request).institutionId,
        request.query,
      ),
    }),
  );

  app.get(
    '/api/framework-items/:id',
    {
      config: { access: { kind: 'member' } },
      schema: {
        tags: ['frameworks'],
        summary:
          'An item with where it sits, its children, and the items of other frameworks it maps to (and why)',
        params: ZIdParams,
        response: { 200: ZItemDetail },
      },
    },
    async (request) =>
      service.getItem(deps.db, requireMember(request).institutionId, request.params.id),
  );

  const importConfig = {
    access: { kind: 'member', roles: ['admin', 'manager'] },
    rateLimit: { max: 30, timeWindow: '1 minute' },
  } as const;

  app.post(
    '/api/frameworks/import/preview',
    {
      bodyLimit: CASE_IMPORT_LIMIT_BYTES,
      config: importConfig,
      schema: {
        tags: ['frameworks'],
        summary: 'Check a CASE package and show what importing it would create (saves nothing)',
        body: ZCasePackageBody,
        response: { 200: ZImportPreview },
      },
    },
    async (request) => {
      const r = parsePackage(request.body);
      return r.ok
        ? { valid: true, problems: [], warnings: r.warnings, preview: describePreview(r.pkg) }
        : { valid: false, problems: r.problems, warnings: r.warnings, preview: null };
    },
  );

  app.post(
    '/api/frameworks/import',
    {
      bodyLimit: CASE_IMPORT_LIMIT_BYTES,
      config: importConfig,
      schema: {
        tags: ['frameworks'],
        summary:
          'Import a CASE package (1.0 or 1.1) as a framework of the institution: all or nothing',
        body: ZCasePackageBody,
        response: { 201: ZImportResult },
      },
    },
    async (request, reply) => {
      const auth = requireMember(request);
      const r = parsePackage(request.body);
      if (!r.ok) rejectProblems(r.problems);
      const id = await importPackage(deps.db, auth.institutionId, r.pkg);
      reply.status(201);
      return {
        framework: await service.getFrameworkSummary(deps.db, auth.institutionId, id),
        warnings: r.warnings,
      };
    },
  );

  // CASE 1.1 REST binding: built-in frameworks and those institutions publish, for other systems.
  const caseAccess = { access: { kind: 'public' } } as const;
  const base = () => caseBase(deps.config.publicUrl);

  app.get(
    '/ims/case/v1p1/CFDocuments',
    {
      config: caseAccess,
      schema: {
        tags: ['CASE'],
        summary: 'CASE: the public frameworks (built-in and published by institutions)',
        response: { 200: ZCaseJson },
      },
    },
    async () => ({
      CFDocuments: (await repo.listPublicFrameworks(deps.db)).map((f) => ({
        identifier: f.identifier,
        uri: `${base()}/CFDocuments/${f.identifier}`,
        creator: f.creator,
        title: f.title,
        lastChangeDateTime: f.last_change_at,
        ...(f.publisher ? { publisher: f.publisher } : {}),
        ...(f.source_url ? { officialSourceURL: f.source_url } : {}),
        ...(f.description ? { description: f.description } : {}),
        ...(f.language ? { language: f.language } : {}),
        version: f.version,
        adoptionStatus: 'Adopted',
        caseVersion: '1.1',
        CFPackageURI: {
          title: f.title,
          identifier: f.identifier,
          uri: `${base()}/CFPackages/${f.identifier}`,
        },
      })),
    }),
  );

  const unknown = (what: string, id: string) =>
    new AppError(404, 'NOT_FOUND', `No public ${what} has the identifier ${id}.`);

  app.get(
    '/ims/case/v1p1/CFPackages/:sourcedId',
    {
      config: caseAccess,
      schema: {
        tags: ['CASE'],
        summary: 'CASE: a whole public framework',
        params: ZCaseParams,
        response: { 200: ZCaseJson },
      },
    },
    async (request) => {
      const f = await repo.findPublicFrameworkByIdentifier(deps.db, request.params.sourcedId);
      if (!f) throw unknown('framework', request.params.sourcedId);
      return packageFor(deps.db, f, deps.config.publicUrl);
    },
  );

  app.get(
    '/ims/case/v1p1/CFItems/:sourcedId',
    {
      config: caseAccess,
      schema: {
        tags: ['CASE'],
        summary: 'CASE: one item of a public framework',
        params: ZCaseParams,
        response: { 200: ZCaseJson },
      },
    },
    async (request) => {
      const i = await repo.findPublicItemByIdentifier(deps.db, request.params.sourcedId);
      if (!i) throw unknown('item', request.params.sourcedId);
      return {
        identifier: i.identifier,
        uri: `${base()}/CFItems/${i.identifier}`,
        fullStatement: i.statement,
        lastChangeDateTime: i.last_change_at,
        ...(i.code ? { humanCodingScheme: i.code } : {}),
        ...(i.title ? { abbreviatedStatement: i.title } : {}),
        ...(i.item_type ? { CFItemType: i.item_type } : {}),
        ...(i.notes ? { notes: i.notes } : {}),
        CFDocumentURI: {
          title: i.framework_title,
          identifier: i.framework_identifier,
          uri: `${base()}/CFDocuments/${i.framework_identifier}`,
        },
      };
    },
  );

  app.get(
    '/ims/case/v1p1/CFAssociations/:sourcedId',
    {
      config: caseAccess,
      schema: {
        tags: ['CASE'],
        summary: 'CASE: one association of a public framework',
        params: ZCaseParams,
        response: { 200: ZCaseJson },
      },
    },
    async (request) => {
      const id = request.params.sourcedId;
      const frameworkIdentifier =
        (await repo.findPublicTreeLinkByIdentifier(deps.db, id))?.framework_identifier ??
        (await repo.findPublicAssociationByIdentifier(deps.db, id))?.framework_identifier;
      const owner = frameworkIdentifier
        ? await repo.findPublicFrameworkByIdentifier(deps.db, frameworkIdentifier)
        : undefined;
      if (!owner) throw unknown('association', id);
      const pkg = await packageFor(deps.db, owner, deps.config.publicUrl);
      const found = pkg.CFAssociations.find((a) => a.identifier === id);
      if (!found) throw unknown('association', id);
      return {
        ...found,
        CFDocumentURI: {
          title: owner.title,
          identifier: owner.identifier,
          uri: `${base()}/CFDocuments/${owner.identifier}`,
        },
      };
    },
  );
};
