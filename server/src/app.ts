import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { DbHandle } from './db/connect';
import type { Deps } from './deps';
import { createMailer, type Mailer } from './lib/mailer';
import { type BlobStore, createDiskStore } from './lib/storage';
import { auditRoutes } from './modules/audit/routes';
import { frameworkEditRoutes } from './modules/frameworks/edit-routes';
import { frameworkRoutes } from './modules/frameworks/routes';
import { authRoutes } from './modules/auth/routes';
import { evidenceRoutes } from './modules/cpd/evidence-routes';
import { startEvidenceHousekeeping } from './modules/cpd/evidence';
import { cpdRoutes } from './modules/cpd/routes';
import { cpdExchangeRoutes } from './modules/cpd/exchange-routes';
import { institutionRoutes } from './modules/institutions/routes';
import { meRoutes } from './modules/me/routes';
import { peopleRoutes } from './modules/people/routes';
import { portfolioExportRoutes } from './modules/portfolios/export-routes';
import { portfolioLifecycleRoutes } from './modules/portfolios/lifecycle-routes';
import { startLinkChecking } from './modules/portfolios/links';
import { portfolioRoutes } from './modules/portfolios/routes';
import { systemRoutes } from './modules/system/routes';
import { classifierRoutes } from './modules/careers/classifier-routes';
import { careerRoutes } from './modules/careers/routes';
import { startCredentialReminders } from './modules/credentials/reminders';
import { credentialRoutes } from './modules/credentials/routes';
import { startReviewReminders } from './modules/reviews/reminders';
import { reviewRoutes } from './modules/reviews/routes';
import { authPlugin } from './plugins/auth';
import { errorsPlugin } from './plugins/errors';
import { webPlugin } from './plugins/web';
import { VERSION } from './version';

export const JSON_BODY_LIMIT = 1024 * 1024;

export type BuildOptions = {
  config: Config;
  database: DbHandle;
  mailer?: Mailer;
  /** Where uploaded files go; by default DATA_DIR/files on disk. */
  store?: BlobStore;
  /** Purge deleted CPD entries and their files now and hourly (the server; not tests). */
  housekeeping?: boolean;
  logger?: FastifyServerOptions['logger'];
};

/** Builds the whole application without listening: the server, the CLI and tests all start here. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config } = opts;
  const app = Fastify({
    logger: opts.logger ?? { level: config.logLevel },
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: config.trustProxy,
    // One line per request only at debug level: at info the log holds what someone should read.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies: a form post or text/plain from another site cannot reach a write.
  app.removeContentTypeParser('text/plain');

  const deps: Deps = {
    db: opts.database.db,
    dialect: opts.database.dialect,
    config,
    mailer:
      opts.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom }, app.log),
    store: opts.store ?? createDiskStore(path.join(config.dataDir, 'files')),
  };
  if (opts.housekeeping) {
    let housekeeping: { stop: () => Promise<void> } | undefined;
    let linkChecks: { stop: () => Promise<void> } | undefined;
    let reviewReminders: { stop: () => Promise<void> } | undefined;
    let credentialReminders: { stop: () => Promise<void> } | undefined;
    app.addHook('onReady', async () => {
      housekeeping = startEvidenceHousekeeping(deps, app.log);
      linkChecks = startLinkChecking(deps, app.log);
      reviewReminders = startReviewReminders(deps, app.log);
      credentialReminders = startCredentialReminders(deps, app.log);
    });
    app.addHook('onClose', async () => {
      await Promise.all([
        housekeeping?.stop(),
        linkChecks?.stop(),
        reviewReminders?.stop(),
        credentialReminders?.stop(),
      ]);
    });
  }

  await app.register(errorsPlugin, { bodyLimit: JSON_BODY_LIMIT });
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(config.secureCookies ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Cairn API',
        version: VERSION,
        description:
          'The API the Cairn web app uses. Authenticate with a browser session (cookie plus x-csrf-token header on writes) or with a personal API token: Authorization: Bearer cairn_...',
      },
      components: {
        securitySchemes: {
          token: {
            type: 'http',
            scheme: 'bearer',
            description: 'Personal API token from your profile',
          },
        },
      },
      security: [{ token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Its own CSP would force https even where Cairn is served over plain http.
    transformStaticCSP: (header) =>
      config.secureCookies ? header : header.replace(/\s*upgrade-insecure-requests;?/, ''),
  });
  await app.register(authPlugin, deps);

  for (const routes of [
    systemRoutes,
    authRoutes,
    meRoutes,
    institutionRoutes,
    peopleRoutes,
    auditRoutes,
    frameworkRoutes,
    frameworkEditRoutes,
    cpdRoutes,
    portfolioRoutes,
    portfolioExportRoutes,
    portfolioLifecycleRoutes,
    cpdExchangeRoutes,
    evidenceRoutes,
    classifierRoutes,
    careerRoutes,
    reviewRoutes,
    credentialRoutes,
  ]) {
    await app.register(routes, deps);
  }
  await app.register(webPlugin, { dist: config.webDist });
  return app;
}
