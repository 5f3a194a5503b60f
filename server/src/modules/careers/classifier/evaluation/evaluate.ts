import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TRoleFamily, TSeniority } from '../../../../../../contracts/classifier';
import { classifyTitle } from '../index';

/** One labelled title of the evaluation set. */
export type LabelledTitle = {
  title: string;
  family: TRoleFamily;
  seniority: TSeniority;
  part: 'tuning' | 'heldout' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5';
  source: string;
};

/** Parses a CSV line with double-quoted fields ("" escapes a quote). */
function parseLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

export const EVALUATION_CSV = path.join(import.meta.dirname, 'titles.csv');
/** The second held-out set: titles from sources the first set did not use, labelled before any run. */
export const HELDOUT2_CSV = path.join(import.meta.dirname, 'heldout2.csv');
/** The third: collected and labelled after the rules were tuned on the others, never tuned on. */
export const HELDOUT3_CSV = path.join(import.meta.dirname, 'heldout3.csv');
/** The fourth: 151 titles from new sources, labelled before the run that gave its before figure. */
export const HELDOUT4_CSV = path.join(import.meta.dirname, 'heldout4.csv');
/** The fifth: collected and labelled after the last rule change, measured once, never tuned on. */
export const HELDOUT5_CSV = path.join(import.meta.dirname, 'heldout5.csv');

function loadCsv(file: string): LabelledTitle[] {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return lines.slice(1).map((l) => {
    const [title, family, seniority, part, source] = parseLine(l);
    return { title, family, seniority, part, source } as LabelledTitle;
  });
}

/** Every labelled title: the tuning and held-out parts of titles.csv, then heldout2.csv to heldout5.csv. */
export function loadEvaluation(file?: string): LabelledTitle[] {
  if (file !== undefined) return loadCsv(file);
  const parts = [EVALUATION_CSV, HELDOUT2_CSV, HELDOUT3_CSV, HELDOUT4_CSV, HELDOUT5_CSV];
  return parts.filter((f) => existsSync(f)).flatMap((f) => loadCsv(f));
}

export type Accuracy = {
  n: number;
  family: number;
  seniority: number;
  perFamily: Record<string, { n: number; correct: number }>;
  perSeniority: Record<string, { n: number; correct: number }>;
  misses: { title: string; expected: string; got: string }[];
};

/** Accuracy of the classifier on some labelled titles, with the misses. */
export function accuracy(rows: LabelledTitle[]): Accuracy {
  const perFamily: Accuracy['perFamily'] = {};
  const perSeniority: Accuracy['perSeniority'] = {};
  const misses: Accuracy['misses'] = [];
  let fam = 0;
  let sen = 0;
  for (const r of rows) {
    const c = classifyTitle(r.title);
    const pf = perFamily[r.family] ?? { n: 0, correct: 0 };
    const ps = perSeniority[r.seniority] ?? { n: 0, correct: 0 };
    pf.n++;
    ps.n++;
    if (c.family === r.family) {
      fam++;
      pf.correct++;
    }
    if (c.seniority === r.seniority) {
      sen++;
      ps.correct++;
    }
    perFamily[r.family] = pf;
    perSeniority[r.seniority] = ps;
    if (c.family !== r.family || c.seniority !== r.seniority)
      misses.push({
        title: r.title,
        expected: `${r.family}/${r.seniority}`,
        got: `${c.family}/${c.seniority}`,
      });
  }
  return {
    n: rows.length,
    family: rows.length ? fam / rows.length : 0,
    seniority: rows.length ? sen / rows.length : 0,
    perFamily,
    perSeniority,
    misses,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A printable report: overall, per family, per seniority, and the misses. */
export function report(name: string, a: Accuracy, showMisses = true): string {
  const lines = [
    `${name}: ${a.n} titles, family ${pct(a.family)}, seniority ${pct(a.seniority)}`,
    `  per family: ${Object.entries(a.perFamily)
      .map(([k, v]) => `${k} ${v.correct}/${v.n}`)
      .join(', ')}`,
    `  per seniority: ${Object.entries(a.perSeniority)
      .map(([k, v]) => `${k} ${v.correct}/${v.n}`)
      .join(', ')}`,
  ];
  if (showMisses)
    for (const m of a.misses)
      lines.push(`  miss: "${m.title}" expected ${m.expected}, got ${m.got}`);
  return lines.join('\n');
}

// npx tsx .../evaluate.ts [tuning|heldout|heldout2|heldout3|heldout4|heldout5|all]
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const which = process.argv[2] ?? 'tuning';
  const rows = loadEvaluation().filter((r) => which === 'all' || r.part === which);
  console.log(report(which, accuracy(rows)));
}
