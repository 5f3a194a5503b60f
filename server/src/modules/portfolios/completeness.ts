import type {
  TCompleteness,
  TPortfolioEvidence,
  TTemplateSectionSpec,
} from '../../../../contracts/portfolios';

/**
 * What is missing before anyone submits: a pure function of the sections and their template,
 * so it runs on every read (it is cheap) and in tests without a database.
 */

export type CheckedSection = {
  id: string;
  key: string;
  customTitle: string | null;
  description: string;
  reflection: string;
  declarations: string[];
  evidence: Pick<TPortfolioEvidence, 'title' | 'kind' | 'link'>[];
};

/** Words as people count them: runs of letters or digits (Markdown marks are not words). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

const blank = (s: string | null | undefined) => !s || countWords(s) === 0;

export function checkCompleteness(
  specs: readonly TTemplateSectionSpec[],
  sections: readonly CheckedSection[],
  words: { min?: number | undefined; max?: number | undefined } | null | undefined,
): TCompleteness {
  const problems: TCompleteness['problems'] = [];
  const byKey = new Map(sections.map((s) => [s.key, s]));
  let total = 0;
  for (const spec of specs) {
    const s = byKey.get(spec.key);
    if (!s) continue;
    const name = s.customTitle ? `${spec.title} (${s.customTitle})` : spec.title;
    const at = { sectionId: s.id, sectionKey: s.key };
    const w = countWords(s.description) + countWords(s.reflection);
    total += w;
    const empty =
      blank(s.description) && blank(s.reflection) && s.evidence.length === 0 && !s.customTitle;
    if (spec.optional && empty) continue;
    const error = (kind: TCompleteness['problems'][number]['kind'], message: string) =>
      problems.push({ ...at, kind, severity: 'error', message });
    const warning = (kind: TCompleteness['problems'][number]['kind'], message: string) =>
      problems.push({ ...at, kind, severity: 'warning', message });

    if (spec.named && blank(s.customTitle)) {
      error(
        'unnamed',
        `${spec.title}: name it (for example "Accessibility" or "Video production").`,
      );
    }
    if (spec.parts.includes('description') && blank(s.description)) {
      error('missing-description', `${name} has no description yet.`);
    }
    if (spec.parts.includes('evidence') && s.evidence.length === 0) {
      error('missing-evidence', `${name} has no evidence yet: add CPD entries, files or links.`);
    } else if (spec.minEvidence && s.evidence.length < spec.minEvidence) {
      error(
        'too-few-evidence',
        `${name} needs at least ${spec.minEvidence} pieces of evidence (it has ${s.evidence.length}).`,
      );
    }
    if (spec.parts.includes('reflection') && blank(s.reflection)) {
      error(
        'missing-reflection',
        `${name} has no reflection yet: what did you learn, what would you change?`,
      );
    }
    if (spec.declarations && s.declarations.length < spec.declarations.min) {
      error(
        'missing-declarations',
        `${name}: name ${spec.declarations.min === 1 ? 'the' : `at least ${spec.declarations.min}`} ${spec.declarations.label.toLowerCase()}.`,
      );
    }
    for (const e of s.evidence) {
      if (e.kind === 'url' && e.link?.status === 'broken') {
        error(
          'broken-link',
          `${name}: the link "${e.title}" does not answer${e.link.detail ? ` (${e.link.detail})` : ''}.`,
        );
      }
    }
    if (spec.words?.min !== undefined && w > 0 && w < spec.words.min) {
      warning(
        'words-under',
        `${name} has ${w} words; the guidance is ${spec.words.min}–${spec.words.max ?? '…'}.`,
      );
    }
    if (spec.words?.max !== undefined && w > spec.words.max) {
      warning('words-over', `${name} has ${w} words; the guidance is at most ${spec.words.max}.`);
    }
  }
  // Core area 3 of CMALT: the second area must differ from the first.
  const a = byKey.get('core-3a');
  const b = byKey.get('core-3b');
  if (a && b && b.declarations.length > 0) {
    const first = new Set(a.declarations.map((d) => d.toLowerCase()));
    if (b.declarations.every((d) => first.has(d.toLowerCase()))) {
      problems.push({
        sectionId: b.id,
        sectionKey: b.key,
        kind: 'missing-declarations',
        severity: 'error',
        message:
          'Core area 3b must address a second area: a different area of legislation, or a policy or standard, than 3a.',
      });
    }
  }
  if (words?.min !== undefined && total > 0 && total < words.min) {
    problems.push({
      sectionId: null,
      sectionKey: null,
      kind: 'words-under',
      severity: 'warning',
      message: `The portfolio has ${total} words; the guidance for the whole is ${words.min}–${words.max ?? '…'}.`,
    });
  }
  if (words?.max !== undefined && total > words.max) {
    problems.push({
      sectionId: null,
      sectionKey: null,
      kind: 'words-over',
      severity: 'warning',
      message: `The portfolio has ${total} words; the guidance for the whole is at most ${words.max}.`,
    });
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    ready: errors === 0,
    errors,
    warnings: problems.length - errors,
    problems,
    words: { total, min: words?.min ?? null, max: words?.max ?? null },
  };
}
