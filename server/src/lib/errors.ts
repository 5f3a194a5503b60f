import type { TErrorCode } from '../../../contracts/errors';

export type FieldError = { path: string; message: string };

/**
 * An error meant for the person using Cairn: a stable code, an HTTP status and a
 * message that says what to fix. Anything else thrown becomes a 500 with no details.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: TErrorCode,
    message: string,
    readonly fields?: FieldError[],
    readonly retryAfterSeconds?: number,
    /** Sent as error.current (EDIT_CONFLICT: the record as it is now). */
    readonly current?: unknown,
  ) {
    super(message);
  }

  /** Someone saved this record after the caller loaded it: nothing was overwritten. */
  static editConflict(message: string, current: unknown) {
    return new AppError(409, 'EDIT_CONFLICT', message, undefined, undefined, current);
  }

  static notFound(what = 'That record') {
    return new AppError(404, 'NOT_FOUND', `${what} was not found.`);
  }
  static conflict(message: string) {
    return new AppError(409, 'CONFLICT', message);
  }
  static forbidden(message = 'You do not have permission to do that.') {
    return new AppError(403, 'FORBIDDEN', message);
  }
  static unauthenticated(message = 'Sign in to continue.') {
    return new AppError(401, 'UNAUTHENTICATED', message);
  }
  static validation(fields: FieldError[], message?: string) {
    return new AppError(
      400,
      'VALIDATION_FAILED',
      message ?? `Check these fields: ${fields.map((f) => `${f.path} ${f.message}`).join('; ')}.`,
      fields,
    );
  }
}
