import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { classifyTitle, isTitleError } from './index';

/*
 * `npx cairn classify-title`: one title as arguments prints one JSON object; no arguments
 * reads titles one per line from standard input and writes one JSON object per line, in the
 * same order, streaming (a line is classified and written before the next is read). No
 * database is opened.
 */

/** Characters that do not belong in a line of text: controls other than tab, and U+FFFD (bytes that were not UTF-8). */
function notText(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c < 32 && c !== 9) || c === 0x7f || c === 0xfffd) return true;
  }
  return false;
}

/** One line of input as a JSON line: a classification, or { line, title, error }. */
export function classifyLine(line: string, lineNumber?: number): string {
  const where = lineNumber === undefined ? {} : { line: lineNumber };
  if (notText(line)) {
    return JSON.stringify({
      ...where,
      title: null,
      error:
        'The line is not text (control characters or bytes that are not UTF-8): give a job title in words.',
    });
  }
  const r = classifyTitle(line);
  if (isTitleError(r)) return JSON.stringify({ ...where, ...r });
  return JSON.stringify(r);
}

/** Runs the command; resolves to the exit code. */
export async function classifyTitleCommand(
  args: string[],
  input: Readable,
  output: Writable,
): Promise<number> {
  if (args.length > 0) {
    const line = classifyLine(args.join(' '));
    output.write(`${line}\n`);
    return line.includes('"error"') ? 1 : 0;
  }
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!output.write(`${classifyLine(line, n)}\n`)) await once(output, 'drain');
  }
  return 0;
}
