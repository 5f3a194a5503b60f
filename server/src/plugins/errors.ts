import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { TErrorBody, TErrorCode } from '../../../contracts/errors';
import { AppError, type FieldError } from '../lib/errors';

type Body = TErrorBody['error'];

const send = (status: number, body: Body) => ({ status, payload: { error: body } });

function describeIssues(fields: FieldError[], where: string): string {
  const list = fields.map((f) => (f.path ? `${f.path} ${f.message}` : f.message)).join('; ');
  return `The ${where} has problems to fix: ${list}.`;
}

const WHERE: Record<string, string> = {
  body: 'request body',
  querystring: 'query string',
  params: 'URL',
  headers: 'request headers',
};

/** Turns anything thrown into the one error shape, with a message that says what to fix. */
export function toErrorResponse(
  err: FastifyError | AppError | Error,
  limitBytes: number,
): { status: number; payload: { error: Body } } {
  if (err instanceof AppError) {
    return send(err.status, {
      code: err.code,
      message: err.message,
      ...(err.fields ? { fields: err.fields } : {}),
      ...(err.retryAfterSeconds !== undefined ? { retryAfterSeconds: err.retryAfterSeconds } : {}),
      ...(err.current !== undefined ? { current: err.current } : {}),
    });
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fields: FieldError[] = err.validation.map((v) => ({
      path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
      message: v.message ?? 'is not valid',
    }));
    const where = WHERE[(err as FastifyError).validationContext ?? 'body'] ?? 'request';
    return send(400, { code: 'VALIDATION_FAILED', message: describeIssues(fields, where), fields });
  }
  const fe = err as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return send(413, {
        code: 'PAYLOAD_TOO_LARGE',
        message: `The request body is larger than the ${Math.round(limitBytes / 1024 / 1024)} MB limit. Send less data at once.`,
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return send(415, {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Send the request body as JSON with the header content-type: application/json.',
      });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return send(400, {
        code: 'MALFORMED_JSON',
        message:
          'The request body is empty. Send a JSON object (use {} when there is nothing to send).',
      });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return send(400, {
        code: 'MALFORMED_JSON',
        message: `The request body is not valid JSON: ${fe.message}`,
      });
  }
  if (fe.statusCode === 400 && err instanceof SyntaxError) {
    return send(400, {
      code: 'MALFORMED_JSON',
      message: `The request body is not valid JSON: ${err.message}`,
    });
  }
  if (fe.statusCode === 429) {
    return send(429, {
      code: 'RATE_LIMITED',
      message: 'Too many requests from your address. Wait a minute and try again.',
      retryAfterSeconds: 60,
    });
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code: TErrorCode =
      fe.statusCode === 404
        ? 'NOT_FOUND'
        : fe.statusCode === 413
          ? 'PAYLOAD_TOO_LARGE'
          : 'VALIDATION_FAILED';
    return send(fe.statusCode, { code, message: fe.message });
  }
  return send(500, {
    code: 'INTERNAL',
    message: 'Something went wrong on our side. It has been logged; please try again.',
  });
}

async function errorsPluginImpl(app: FastifyInstance, opts: { bodyLimit: number }) {
  app.setErrorHandler((err, request, reply) => {
    const limit = request.routeOptions?.bodyLimit ?? opts.bodyLimit;
    const { status, payload } = toErrorResponse(err as FastifyError, limit);
    if (status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ code: payload.error.code, status }, payload.error.message);
    if (payload.error.retryAfterSeconds)
      reply.header('retry-after', payload.error.retryAfterSeconds);
    return reply.status(status).send(payload);
  });
}

export const errorsPlugin = fp(errorsPluginImpl, { name: 'errorsPlugin' });
