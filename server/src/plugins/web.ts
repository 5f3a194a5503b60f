import fp from 'fastify-plugin';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app. Hashed assets are cached for a year; index.html is never
 * cached, and every non-API path falls back to it so that client routes load directly.
 * Unknown /api paths get the JSON 404.
 */
async function webPluginImpl(app: FastifyInstance, opts: { dist: string | null }) {
  const dist = opts.dist;
  const hasWeb = !!dist && existsSync(path.join(dist, 'index.html'));
  if (hasWeb && dist) {
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: false,
      setHeaders(res, file) {
        res.setHeader(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (
      url.startsWith('/api') ||
      !hasWeb ||
      (request.method !== 'GET' && request.method !== 'HEAD')
    ) {
      return reply.status(404).send({
        error: {
          code: 'NOT_FOUND',
          message: `There is nothing at ${request.method} ${url}. The API is described at /api/docs.`,
        },
      });
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}

export const webPlugin = fp(webPluginImpl, { name: 'webPlugin' });
