import type { EXPORT_FORMATS, TCpdImportResult } from '../../../../../contracts';
import {
  ApiError,
  CSRF_COOKIE,
  CSRF_HEADER,
  type FieldProblem,
  readCookie,
} from '../../../app/api';

export type TImportKind = 'csv' | 'ical';
export type TImportMode = 'preview' | 'valid' | 'all';
export type TExportFormat = (typeof EXPORT_FORMATS)[number];

/** The server takes files of up to 5,000,000 characters. */
export const IMPORT_LIMIT_CHARS = 5_000_000;

const networkError = () =>
  new ApiError({
    status: 0,
    code: 'NETWORK_ERROR',
    message: 'Cairn could not reach its server. Check your connection and try again.',
  });

/** The server's `{ error: { code, message, fields } }` as an ApiError. */
function errorFrom(status: number, body: unknown): ApiError {
  const e =
    typeof body === 'object' && body !== null && 'error' in body
      ? (body as { error: { code?: unknown; message?: unknown; fields?: unknown } }).error
      : null;
  if (e && typeof e.message === 'string') {
    const fields = Array.isArray(e.fields)
      ? e.fields.filter(
          (f): f is FieldProblem =>
            typeof f === 'object' &&
            f !== null &&
            typeof f.path === 'string' &&
            typeof f.message === 'string',
        )
      : [];
    return new ApiError({
      status,
      code: typeof e.code === 'string' ? e.code : 'UNEXPECTED_RESPONSE',
      message: e.message,
      fields,
    });
  }
  return new ApiError({
    status,
    code: 'UNEXPECTED_RESPONSE',
    message: `The server answered with an unexpected response (HTTP ${status}). Try again in a moment.`,
  });
}

/** Which importer a file goes to: by its name, else by what it starts with. */
export function importKind(fileName: string, text: string): TImportKind {
  if (/\.(ics|ical|ifb|icalendar)$/i.test(fileName)) return 'ical';
  if (/\.(csv|txt|tsv)$/i.test(fileName)) return 'csv';
  return /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text) ? 'ical' : 'csv';
}

/** Reads a file as text in the browser, reporting how much has been read. */
export function readFileText(
  file: File,
  onProgress: (loaded: number, total: number) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) =>
      onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () =>
      reject(new Error('The file could not be read. Check that it is still there and try again.'));
    reader.readAsText(file);
  });
}

/**
 * Sends a file's text to the importer (JSON), reporting the upload's progress, which
 * `fetch` cannot do. Errors are `ApiError`s with the server's message.
 */
export function sendImport(
  kind: TImportKind,
  text: string,
  mode: TImportMode,
  onProgress?: (sent: number, total: number) => void,
): Promise<TCpdImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/cpd/import/${kind}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'application/json');
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.upload.onprogress = (event) =>
      onProgress?.(event.loaded, event.lengthComputable ? event.total : 0);
    xhr.onerror = () => reject(networkError());
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && data) resolve(data as TCpdImportResult);
      else reject(errorFrom(xhr.status, data));
    };
    xhr.send(JSON.stringify({ text, mode }));
  });
}

export interface TDownload {
  blob: Blob;
  fileName: string;
}

/** The file name from `Content-Disposition: attachment; filename="…"`. */
export function fileNameFrom(header: string | null, fallback: string): string {
  const match = header ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

/**
 * Downloads the export into memory, reporting bytes received (and the total when the server
 * says it), so that a long export shows progress rather than nothing.
 */
export async function downloadExport(
  params: URLSearchParams,
  onProgress: (received: number, total: number) => void,
  signal?: AbortSignal,
): Promise<TDownload> {
  let response: Response;
  try {
    response = await fetch(`/api/cpd/export?${params.toString()}`, {
      credentials: 'same-origin',
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError();
  }
  if (!response.ok) {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    throw errorFrom(response.status, body);
  }
  const total = Number(response.headers.get('content-length')) || 0;
  const format = params.get('format') ?? 'csv';
  const fileName = fileNameFrom(response.headers.get('content-disposition'), `cairn-cpd.${format}`);
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  if (!response.body) {
    const blob = await response.blob();
    onProgress(blob.size, blob.size);
    return { blob, fileName };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(received, total);
  }
  return { blob: new Blob(chunks, { type }), fileName };
}

/** Hands a file in memory to the browser to save, under its name. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Long enough for the browser to start saving.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
