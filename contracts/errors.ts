import { z } from 'zod';

/**
 * Every error Cairn sends has this shape. `code` is stable and machine-readable,
 * `message` is written for the person who has to fix the problem, and `fields`
 * lists the inputs that failed validation (path -> message).
 */
export const ErrorCode = z.enum([
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'EDIT_CONFLICT',
  'CSRF_FAILED',
  'RATE_LIMITED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_DEACTIVATED',
  'ALREADY_SET_UP',
  'LINK_EXPIRED',
  'LINK_USED',
  'LINK_INVALID',
  'LAST_ADMIN',
  'NO_INSTITUTION',
  'INTERNAL',
]);
export type TErrorCode = z.infer<typeof ErrorCode>;

export const ZErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    retryAfterSeconds: z.number().int().optional(),
    /** EDIT_CONFLICT: the record as it is now, so the client can show both versions. */
    current: z.unknown().optional(),
  }),
});
export type TErrorBody = z.infer<typeof ZErrorBody>;
