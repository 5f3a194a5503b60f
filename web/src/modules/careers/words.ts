import {
  CAREER_STAGES,
  ROLE_FAMILIES,
  ROLE_FAMILY_LABELS,
  SENIORITIES,
  SENIORITY_LABELS,
  TITLE_GROUP_LABELS,
  type TCareerStage,
  type TClassificationSummary,
  type TRoleFamily,
  type TScaleLevel,
  type TSeniority,
  type TTitleCue,
  type TTitleGroup,
} from '../../../../contracts';

export const STAGE_LABELS: Record<TCareerStage, string> = {
  novice: 'Novice',
  career: 'Career',
  advanced: 'Advanced',
};

/** Seed 001's stages, in a sentence each. */
export const STAGE_HELP: Record<TCareerStage, string> = {
  novice: 'new to the field, finding its milestones',
  career: 'established, deepening and widening practice',
  advanced: 'leading others and shaping the field',
};

export const FAMILY_OPTIONS = ROLE_FAMILIES.map((value) => ({
  value,
  label: ROLE_FAMILY_LABELS[value],
}));
export const SENIORITY_OPTIONS = SENIORITIES.map((value) => ({
  value,
  label: SENIORITY_LABELS[value],
}));
export const STAGE_ORDER = CAREER_STAGES;

export function isFamily(value: string): value is TRoleFamily {
  return (ROLE_FAMILIES as readonly string[]).includes(value);
}
export function isSeniority(value: string): value is TSeniority {
  return (SENIORITIES as readonly string[]).includes(value);
}

/** "Senior learning technologist". */
export function roleName(c: Pick<TClassificationSummary, 'family' | 'seniority'>): string {
  const family = ROLE_FAMILY_LABELS[c.family].toLowerCase();
  return `${SENIORITY_LABELS[c.seniority]} ${family}`;
}

type Cue = TTitleCue;

function valueLabel(field: string, value: string): string {
  if (field === 'family' && isFamily(value)) return ROLE_FAMILY_LABELS[value].toLowerCase();
  if (field === 'seniority' && isSeniority(value)) return SENIORITY_LABELS[value].toLowerCase();
  if (field === 'group' && value in TITLE_GROUP_LABELS) {
    return TITLE_GROUP_LABELS[value as TTitleGroup];
  }
  return value;
}

/** The cues that decided family and seniority: "‘senior’ → senior". */
export function decisiveCues(cues: readonly Cue[]): string[] {
  return cues
    .filter((c) => (c.field === 'family' || c.field === 'seniority') && c.phrase)
    .map((c) => `‘${c.phrase}’ → ${valueLabel(c.field, c.value)}`);
}

/** Cues about groups and words that were set aside (employer names, context in brackets). */
export function otherCues(cues: readonly Cue[]): string[] {
  return cues
    .filter((c) => c.field !== 'family' && c.field !== 'seniority' && c.phrase)
    .map((c) =>
      c.field === 'group'
        ? `‘${c.phrase}’ → ${valueLabel(c.field, c.value)}`
        : `‘${c.phrase}’: ${c.value}`,
    );
}

const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
export function formatLevel(value: number | null): string {
  return value === null ? '—' : oneDecimal.format(value);
}

/** "2 · Developing" for a level of the scale, or the number alone if the scale lacks it. */
export function levelName(scale: readonly TScaleLevel[], value: number | null): string {
  if (value === null) return 'Not rated';
  const level = scale.find((l) => l.value === value);
  return level ? `${value} · ${level.label}` : String(value);
}

export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
