import type { TItemRef, TTemplate } from '../../../../../contracts';
import type { TCreateTemplate } from './templatesApi';

/**
 * The "New template" form's state. Numbers are kept as typed ('' for empty) and turned into
 * the template spec only when it is sent, so that an empty box means "no rule".
 */
export type TPart = 'description' | 'evidence' | 'reflection';
export type TNum = number | '';

export interface SectionDraft {
  /** Stable across reordering, for React keys and input ids. */
  uid: string;
  title: string;
  key: string;
  /** Once someone edits the key, it no longer follows the title. */
  keyEdited: boolean;
  guidance: string;
  parts: TPart[];
  wordsMin: TNum;
  wordsMax: TNum;
  items: TItemRef[];
  minEvidence: TNum;
  named: boolean;
  optional: boolean;
  declarations: boolean;
  declarationLabel: string;
  declarationHint: string;
  declarationMin: TNum;
  /** Kept from a built-in template (its suggested answers); not edited here. */
  declarationSuggestions: string[];
}

export interface TemplateDraft {
  title: string;
  scheme: string;
  description: string;
  framework: string | null;
  wordsMin: TNum;
  wordsMax: TNum;
  /** Kept from a review template: the templates whose portfolios this one adds to. */
  extends: string[];
  sections: SectionDraft[];
}

let counter = 0;
const uid = () => `s${Date.now().toString(36)}${(counter++).toString(36)}`;

/** "4 Communication & working with others" -> "4-communication-working-with-others". */
export function keyFromTitle(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function emptySection(): SectionDraft {
  return {
    uid: uid(),
    title: '',
    key: '',
    keyEdited: false,
    guidance: '',
    parts: ['description', 'evidence', 'reflection'],
    wordsMin: '',
    wordsMax: '',
    items: [],
    minEvidence: '',
    named: false,
    optional: false,
    declarations: false,
    declarationLabel: '',
    declarationHint: '',
    declarationMin: 1,
    declarationSuggestions: [],
  };
}

export function emptyDraft(): TemplateDraft {
  return {
    title: '',
    scheme: '',
    description: '',
    framework: null,
    wordsMin: '',
    wordsMax: '',
    extends: [],
    sections: [emptySection()],
  };
}

/** A new template that starts as a copy of another (a built-in one, usually). */
export function draftFrom(t: TTemplate): TemplateDraft {
  return {
    title: `${t.title} (our version)`,
    scheme: t.scheme,
    description: t.description,
    framework: t.frameworkId,
    wordsMin: t.words?.min ?? '',
    wordsMax: t.words?.max ?? '',
    extends: t.extends,
    sections: t.sectionSpecs.map((s) => ({
      uid: uid(),
      title: s.title,
      key: s.key,
      keyEdited: true,
      guidance: s.guidance,
      parts: [...s.parts],
      wordsMin: s.words?.min ?? '',
      wordsMax: s.words?.max ?? '',
      items: s.items,
      minEvidence: s.minEvidence ?? '',
      named: s.named ?? false,
      optional: s.optional ?? false,
      declarations: Boolean(s.declarations),
      declarationLabel: s.declarations?.label ?? '',
      declarationHint: s.declarations?.hint ?? '',
      declarationMin: s.declarations?.min ?? 1,
      declarationSuggestions: s.declarations?.suggestions ?? [],
    })),
  };
}

function words(min: TNum, max: TNum) {
  if (min === '' && max === '') return undefined;
  return { ...(min === '' ? {} : { min }), ...(max === '' ? {} : { max }) };
}

/** The body POST /api/portfolio-templates expects; section i of the form is spec.sections.i. */
export function toBody(d: TemplateDraft): TCreateTemplate {
  const overall = words(d.wordsMin, d.wordsMax);
  return {
    title: d.title,
    scheme: d.scheme,
    description: d.description,
    spec: {
      framework: d.framework,
      ...(overall ? { words: overall } : {}),
      ...(d.extends.length ? { extends: d.extends } : {}),
      sections: d.sections.map((s) => {
        const w = words(s.wordsMin, s.wordsMax);
        return {
          key: s.key,
          title: s.title,
          guidance: s.guidance,
          // In the order assessors read them, whatever order they were ticked in.
          parts: (['description', 'evidence', 'reflection'] as const).filter((p) =>
            s.parts.includes(p),
          ),
          ...(w ? { words: w } : {}),
          ...(s.items.length ? { items: s.items.map((i) => i.id) } : {}),
          ...(s.minEvidence === '' ? {} : { minEvidence: s.minEvidence }),
          ...(s.declarations
            ? {
                declarations: {
                  label: s.declarationLabel,
                  hint: s.declarationHint,
                  min: s.declarationMin === '' ? 1 : s.declarationMin,
                  ...(s.declarationSuggestions.length
                    ? { suggestions: s.declarationSuggestions }
                    : {}),
                },
              }
            : {}),
          ...(s.named ? { named: true } : {}),
          ...(s.optional ? { optional: true } : {}),
        };
      }),
    },
  };
}

/** A server field path ("spec.sections.2.items.0") split into where it belongs in the form. */
export function placeField(path: string): { section: number | null; field: string } {
  const m = /^spec\.sections\.(\d+)(?:\.(.+))?$/.exec(path);
  if (m) return { section: Number(m[1]), field: m[2] ?? '' };
  return { section: null, field: path };
}
