import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_KINDS } from '../../../../../contracts/careers-recommendations';
import { BUILTIN_FRAMEWORKS } from '../../frameworks/builtin';
import { builtinItemIdentifier } from '../../frameworks/builtin/sync';
import { CatalogueError, loadCatalogue } from './catalogue';
import { CATALOGUE_FILES } from './entries';
import { CATALOGUE } from './index';
import type { CatalogueFile } from './schema';

const entry = (over: Record<string, unknown> = {}) => ({
  key: 'test-entry',
  kind: 'cpd-activity',
  title: 'A test entry',
  summary: 'For the loader tests.',
  sources: [{ name: 'Seed 001', url: null }],
  ...over,
});
const file = (entries: unknown[], overrides: unknown[] = []): CatalogueFile[] => [
  { name: 'test', entries: entries as CatalogueFile['entries'], overrides: overrides as never },
];
const problemsOf = (files: CatalogueFile[]): string[] => {
  try {
    loadCatalogue(files);
  } catch (error) {
    if (error instanceof CatalogueError) return error.problems;
    throw error;
  }
  return [];
};

describe('the recommendations catalogue', () => {
  it('loads from the data files with unique keys, and covers every kind', () => {
    const keys = CATALOGUE.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const kind of RECOMMENDATION_KINDS) {
      expect(CATALOGUE.entries.filter((e) => e.kind === kind).length, kind).toBeGreaterThan(0);
    }
  });

  it('has the entries the careers module promises', () => {
    const keys = new Set(CATALOGUE.entries.map((e) => e.key));
    for (const key of [
      'associate-cmalt',
      'cmalt',
      'senior-cmalt',
      'iste-certification',
      'google-certified-trainer',
      'microsoft-innovative-educator-expert',
      'cosn-cetl',
      'afhea',
      'fhea',
      'sfhea',
      'pfhea',
      'masters-educational-technology',
      'pgcert-academic-practice',
      'doctorate',
      'alt',
      'wcet',
      'ascilite',
      'cnie',
      'refad',
      'etug',
      'iste',
      'cosn',
      'olc',
      'peer-observation',
      'special-interest-group',
      'present-at-a-conference',
      'write-a-case-study',
      'mentor-a-colleague',
      'move-into-academic-post',
      'move-into-senior-management',
      'step-up-to-senior',
      'district-educational-technologist',
    ]) {
      expect(keys.has(key), key).toBe(true);
    }
  });

  it('gives every entry a source, and every source a name (with a web address or a seed)', () => {
    for (const e of CATALOGUE.entries) {
      expect(e.sources.length, e.key).toBeGreaterThan(0);
      for (const s of e.sources) {
        expect(s.name.trim().length, e.key).toBeGreaterThan(0);
        if (s.url === null) expect(s.name, e.key).toMatch(/^Seed 00\d:/);
        else expect(s.url, e.key).toMatch(/^https:\/\//);
      }
    }
    for (const o of CATALOGUE.overrides) expect(o.sources.length, o.key).toBeGreaterThan(0);
  });

  it('names only framework items that exist in the built-in framework data, by their fixed ids', () => {
    const ids = new Map<string, string>();
    for (const f of BUILTIN_FRAMEWORKS) {
      const walk = (items: (typeof f.items)[number][]) => {
        for (const i of items) {
          ids.set(builtinItemIdentifier(f, i.key), `${f.key} ${i.code ?? i.key}`);
          if (i.children) walk(i.children);
        }
      };
      walk(f.items);
    }
    let refs = 0;
    for (const e of CATALOGUE.entries) {
      expect(e.items.length, e.key).toBe(e.helpsWith.length);
      for (const [n, item] of e.items.entries()) {
        const ref = e.helpsWith[n];
        expect(ids.get(item.itemId), `${e.key} → ${ref?.framework} ${ref?.item}`).toBe(
          `${ref?.framework} ${ref?.item}`,
        );
        refs += 1;
      }
    }
    expect(refs).toBeGreaterThan(50);
  });

  it('keeps each country to its own ISO code and names what each CPD activity logs as', () => {
    for (const e of CATALOGUE.entries) {
      for (const c of e.countries) expect(c, e.key).toMatch(/^[A-Z]{2}$/);
      if (e.kind === 'cpd-activity') expect(e.cpdType, e.key).not.toBeNull();
    }
    const byKey = new Map(CATALOGUE.entries.map((e) => [e.key, e]));
    expect(byKey.get('etug')?.countries).toEqual(['CA']);
    expect(byKey.get('ascilite')?.countries).toEqual(['AU', 'NZ']);
    expect(byKey.get('cmalt')).toMatchObject({ countries: ['GB'], international: true });
  });

  it('refuses bad data, naming the entry and what is wrong', () => {
    expect(problemsOf(file([entry({ sources: [] })]))).toEqual([
      'test: test-entry: sources give at least one source',
    ]);
    expect(
      problemsOf(file([entry({ helpsWith: [{ framework: 'cmalt', item: '9z' }] })]))[0],
    ).toMatch(
      /test-entry: helpsWith names cmalt "9z", which is not an item of a built-in framework/,
    );
    expect(problemsOf(file([entry(), entry()]))[0]).toMatch(/test-entry: the key is already used/);
    expect(problemsOf(file([entry({ key: 'Not A Key' })]))[0]).toMatch(
      /key must be lower-case words/,
    );
    expect(problemsOf(file([entry({ redundantIf: ['nowhere'] })]))[0]).toMatch(
      /test-entry: refers to "nowhere", which is not in the catalogue/,
    );
    expect(
      problemsOf(
        file(
          [entry()],
          [{ key: 'nowhere', countries: ['CA'], set: {}, sources: [{ name: 'x', url: null }] }],
        ),
      )[0],
    ).toMatch(/override for "nowhere": no entry has that key/);
    expect(problemsOf(file([entry({ cost: 'about $5', colour: 'red' })]))[0]).toMatch(
      /Unrecognized key/i,
    );
    // And the real files load without a problem.
    expect(problemsOf(CATALOGUE_FILES)).toEqual([]);
  });
});

const SEEDS = resolve(__dirname, '../../../../../../shared/seeds');
const seedsPresent = existsSync(SEEDS);
if (!seedsPresent) console.log(`Skipping the seed citation checks: ${SEEDS} is absent.`);

describe.skipIf(!seedsPresent)('the facts the catalogue takes from the seeds', () => {
  const seed = (n: string) => {
    const name = readdirSync(SEEDS).find((f) => f.startsWith(`${n}_`));
    if (!name) throw new Error(`seed ${n} is missing`);
    return readFileSync(join(SEEDS, name), 'utf8');
  };

  it('are in the seeds they cite', () => {
    const s001 = seed('001');
    const s004 = seed('004');
    for (const fact of ['Royal Roads', 'Concordia', 'ETUG', 'REFAD', 'ASCILITE', 'WCET', 'AVP']) {
      expect(s001, fact).toContain(fact);
    }
    for (const fact of [
      '$15,000 to $40,000',
      '$450 per credit hour',
      'around $1,000',
      '$15 exam',
      'CETL',
      '$50k',
    ]) {
      expect(s004, fact).toContain(fact);
    }
    const byKey = new Map(CATALOGUE.entries.map((e) => [e.key, e]));
    expect(byKey.get('iste-certification')?.cost).toContain('1,000');
    expect(byKey.get('masters-educational-technology')?.cost).toContain('15,000–40,000');
  });
});
