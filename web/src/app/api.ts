/**
 * A small typed client for Cairn's JSON API.
 *
 * Every error becomes an `ApiError` carrying the server's code, message and
 * field messages, so pages can show exactly what the server said.
 */

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface FieldProblem {
  path: string;
  message: string;
}

/** Codes the client makes up itself when the server could not be reached or answered oddly. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];
  readonly retryAfterSeconds: number | undefined;

  constructor(options: {
    status: number;
    code: string;
    message: string;
    fields?: FieldProblem[];
    retryAfterSeconds?: number | undefined;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.fields = options.fields ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The message to show a person for any error thrown while talking to the server. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again in a moment.';
}

export const CSRF_COOKIE = 'cairn_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [rawKey, ...rest] = part.split('=');
    if (rawKey?.trim() === name) return decodeURIComponent(rest.join('=').trim());
  }
  return null;
}

type UnauthenticatedHandler = (error: ApiError) => void;
let onUnauthenticated: UnauthenticatedHandler | null = null;

/** Called when a request fails because the session has ended (401 other than wrong credentials). */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler | null): void {
  onUnauthenticated = handler;
}

export interface ApiOptions {
  /** Do not run the session-ended handler on 401 (used by the "who am I" query itself). */
  ignoreUnauthenticated?: boolean;
  signal?: AbortSignal;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseFields(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  const fields: FieldProblem[] = [];
  for (const item of value) {
    if (isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string') {
      fields.push({ path: item.path, message: item.message });
    }
  }
  return fields;
}

function toApiError(status: number, body: unknown, headers: Headers): ApiError {
  const retryHeader = Number(headers.get('retry-after'));
  const retryFromHeader = Number.isFinite(retryHeader) && retryHeader > 0 ? retryHeader : undefined;
  const e = isRecord(body) && isRecord(body.error) ? body.error : null;
  const message = e?.message;
  if (e && typeof message === 'string') {
    const code = e.code;
    const retry = e.retryAfterSeconds;
    return new ApiError({
      status,
      code: typeof code === 'string' ? code : 'UNEXPECTED_RESPONSE',
      message,
      fields: parseFields(e.fields),
      retryAfterSeconds: typeof retry === 'number' ? retry : retryFromHeader,
    });
  }
  return new ApiError({
    status,
    code: 'UNEXPECTED_RESPONSE',
    message: `The server answered with an unexpected response (HTTP ${status}). Try again in a moment.`,
    retryAfterSeconds: retryFromHeader,
  });
}

export async function api<T>(
  method: HttpMethod,
  path: string,
  body?: unknown,
  options: ApiOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: string | undefined;
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body ?? {});
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: payload,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'Cairn could not reach its server. Check your connection and try again.',
    });
  }

  if (response.status === 204) return undefined as T;

  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }

  if (!response.ok) {
    const error = toApiError(response.status, data, response.headers);
    if (
      response.status === 401 &&
      error.code !== 'INVALID_CREDENTIALS' &&
      !options.ignoreUnauthenticated &&
      onUnauthenticated
    ) {
      onUnauthenticated(error);
    }
    throw error;
  }

  if (text && data === null) {
    throw new ApiError({
      status: response.status,
      code: 'UNEXPECTED_RESPONSE',
      message: 'The server answered with something that is not JSON. Try again in a moment.',
    });
  }
  return data as T;
}

export interface UploadOptions {
  /** Called as the body goes out: bytes sent and the total (0 when the browser cannot tell). */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * POSTs a multipart form (file uploads) with the CSRF header, reporting progress, which
 * `fetch` cannot do. Errors are the same `ApiError`s as `api()`'s.
 */
export function upload<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.upload.onprogress = (event) =>
      options.onProgress?.(event.loaded, event.lengthComputable ? event.total : 0);
    const networkError = () =>
      new ApiError({
        status: 0,
        code: 'NETWORK_ERROR',
        message: 'Cairn could not reach its server. Check your connection and try again.',
      });
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(data as T);
        return;
      }
      const headers = new Headers();
      const retry = xhr.getResponseHeader('retry-after');
      if (retry) headers.set('retry-after', retry);
      const error = toApiError(xhr.status, data, headers);
      if (xhr.status === 401 && onUnauthenticated) onUnauthenticated(error);
      reject(error);
    };
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
