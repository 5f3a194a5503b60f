import type { TCompleteness, TSection, TTemplate } from '../../../../contracts';

export type TProblem = TCompleteness['problems'][number];
export type TSectionSpec = TTemplate['sectionSpecs'][number];

/** Words as the server counts them (runs of letters or digits; Markdown marks are not words). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The section's name as readers see it: "Specialist area: Accessibility". */
export function sectionName(section: Pick<TSection, 'title' | 'customTitle'>): string {
  return section.customTitle ? `${section.title}: ${section.customTitle}` : section.title;
}

/** "250–1,000 words", "at least 200 words", or null. */
export function wordGuidance(words: TSectionSpec['words'] | undefined): string | null {
  if (!words) return null;
  const f = (n: number) => n.toLocaleString('en-GB');
  if (words.min !== undefined && words.max !== undefined)
    return `${f(words.min)}–${f(words.max)} words`;
  if (words.min !== undefined) return `at least ${f(words.min)} words`;
  if (words.max !== undefined) return `at most ${f(words.max)} words`;
  return null;
}

/** The state of a section for its marker: errors first, then warnings, else done. */
export function sectionState(problems: TProblem[], sectionId: string): 'error' | 'warning' | 'ok' {
  const mine = problems.filter((p) => p.sectionId === sectionId);
  if (mine.some((p) => p.severity === 'error')) return 'error';
  if (mine.length > 0) return 'warning';
  return 'ok';
}

export type DiffPart = { text: string; kind: 'same' | 'added' | 'removed' };

/**
 * A word-level diff (longest common subsequence over words and the spaces between them).
 * Long texts fall back to "all removed, all added" so that a big section never freezes the page.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = before.split(/(\s+)/).filter((t) => t !== '');
  const b = after.split(/(\s+)/).filter((t) => t !== '');
  if (a.length * b.length > 4_000_000) {
    return [
      ...(before ? [{ text: before, kind: 'removed' as const }] : []),
      ...(after ? [{ text: after, kind: 'added' as const }] : []),
    ];
  }
  const n = a.length;
  const m = b.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as Uint32Array;
    const below = table[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] =
        a[i] === b[j]
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const out: DiffPart[] = [];
  const push = (text: string, kind: DiffPart['kind']) => {
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += text;
    else out.push({ text, kind });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(a[i] as string, 'same');
      i++;
      j++;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) {
      push(a[i] as string, 'removed');
      i++;
    } else {
      push(b[j] as string, 'added');
      j++;
    }
  }
  while (i < n) push(a[i++] as string, 'removed');
  while (j < m) push(b[j++] as string, 'added');
  // A rewrite shares little but spaces and small words: show it as one block out, one in.
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const kept = out.filter((p) => p.kind === 'same').reduce((k, p) => k + words(p.text), 0);
  if (kept < 0.4 * Math.max(words(before), words(after))) {
    return [
      ...(before ? [{ text: before, kind: 'removed' as const }] : []),
      ...(after ? [{ text: after, kind: 'added' as const }] : []),
    ];
  }
  return out;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
