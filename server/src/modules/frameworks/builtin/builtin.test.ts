import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS, CROSSWALK } from './index';
import type { BuiltinFramework, BuiltinItem } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function flatten(items: BuiltinItem[]): BuiltinItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children ?? [])]);
}

function framework(key: string): BuiltinFramework {
  const found = BUILTIN_FRAMEWORKS.find((f) => f.key === key);
  if (!found) throw new Error(`no built-in framework "${key}"`);
  return found;
}

function ofType(key: string, type: string): BuiltinItem[] {
  return flatten(framework(key).items).filter((item) => item.type === type);
}

function codes(items: BuiltinItem[]): (string | undefined)[] {
  return items.map((item) => item.code);
}

function item(frameworkKey: string, itemKey: string): BuiltinItem {
  const found = flatten(framework(frameworkKey).items).find((i) => i.key === itemKey);
  if (!found) throw new Error(`no item "${frameworkKey}:${itemKey}"`);
  return found;
}

/** Sentences end with . ! or ? followed by white space or the end of the text. */
function sentences(text: string): number {
  return (text.trim().match(/[.!?](?=\s|$)/g) ?? []).length;
}

describe('built-in frameworks', () => {
  it('ships the seven frameworks in order', () => {
    expect(BUILTIN_FRAMEWORKS.map((f) => f.key)).toEqual([
      'cmalt',
      'iste-coaches',
      'psf-2023',
      'cetl',
      'jisc-digital-capabilities',
      'jisc-2001-role-map',
      'career-stages',
    ]);
  });

  it('gives CMALT its contextual statement, core areas 1-4 and sub-areas, principles and pathways', () => {
    expect(codes(ofType('cmalt', 'Core area'))).toEqual(['1', '2', '3', '4']);
    expect(codes(ofType('cmalt', 'Sub-area'))).toEqual(['1a', '1b', '1c', '2a', '2b', '3a', '3b']);
    expect(item('cmalt', '2b').title).toBe('Understanding your target learners');
    expect(item('cmalt', '4').title).toBe('Communication and working with others');
    expect(item('cmalt', 'contextual-statement').type).toBe('Section');
    expect(item('cmalt', 'specialist-areas').type).toBe('Section');
    expect(item('cmalt', 'future-plans').type).toBe('Section');
    expect(codes(ofType('cmalt', 'Principle'))).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(ofType('cmalt', 'Pathway').map((p) => p.title)).toEqual([
      'Associate CMALT',
      'CMALT',
      'Senior CMALT',
    ]);
  });

  it('gives ISTE Coaches 7 standards and exactly 26 indicators with the published codes', () => {
    const standards = framework('iste-coaches').items;
    expect(standards.map((s) => `${s.code} ${s.title}`)).toEqual([
      '4.1 Change Agent',
      '4.2 Connected Learner',
      '4.3 Collaborator',
      '4.4 Learning Designer',
      '4.5 Professional Learning Facilitator',
      '4.6 Data-Driven Decision-Maker',
      '4.7 Digital Citizen Advocate',
    ]);
    const expected = {
      '4.1': 'abcde',
      '4.2': 'abc',
      '4.3': 'abcd',
      '4.4': 'abcd',
      '4.5': 'abc',
      '4.6': 'abc',
      '4.7': 'abcd',
    };
    for (const standard of standards) {
      const letters = expected[standard.code as keyof typeof expected];
      expect(codes(standard.children ?? [])).toEqual(
        [...letters].map((l) => `${standard.code}${l}`),
      );
    }
    expect(ofType('iste-coaches', 'Indicator')).toHaveLength(26);
  });

  it('gives the PSF 2023 V1-V5, K1-K5, A1-A5 and D1-D4', () => {
    const groups = framework('psf-2023').items;
    expect(groups.map((g) => g.title)).toEqual([
      'Professional Values',
      'Core Knowledge',
      'Areas of Activity',
      'Descriptors',
    ]);
    expect(codes(ofType('psf-2023', 'Dimension'))).toEqual([
      ...['V1', 'V2', 'V3', 'V4', 'V5'],
      ...['K1', 'K2', 'K3', 'K4', 'K5'],
      ...['A1', 'A2', 'A3', 'A4', 'A5'],
    ]);
    expect(ofType('psf-2023', 'Descriptor').map((d) => `${d.code} ${d.title}`)).toEqual([
      'D1 Associate Fellow',
      'D2 Fellow',
      'D3 Senior Fellow',
      'D4 Principal Fellow',
    ]);
    expect(item('psf-2023', 'K1').title).toBe('How learners learn');
    expect(item('psf-2023', 'A5').title).toBe('Enhance practice through own CPD');
  });

  it('gives CoSN CETL 3 categories and 10 skill areas', () => {
    const categories = framework('cetl').items;
    expect(categories.map((c) => [c.title, c.children?.length])).toEqual([
      ['Leadership and Vision', 3],
      ['Understanding the Educational Environment', 2],
      ['Managing Technology and Support Resources', 5],
    ]);
    expect(ofType('cetl', 'Skill area')).toHaveLength(10);
    expect(ofType('cetl', 'Skill area').at(-1)?.title).toBe('Data Privacy and Security');
  });

  it('gives Jisc digital capabilities 6 elements rated Developing, Capable, Proficient', () => {
    const jisc = framework('jisc-digital-capabilities');
    expect(jisc.items).toHaveLength(6);
    expect(jisc.items.every((i) => i.type === 'Element')).toBe(true);
    expect(jisc.levels?.map((l) => l.title)).toEqual(['Developing', 'Capable', 'Proficient']);
  });

  it('gives the 2001 JISC role map its three categories, six new-specialist roles and eight skill areas', () => {
    expect(ofType('jisc-2001-role-map', 'Staff category').map((c) => c.title)).toEqual([
      'New specialists',
      'Academics and established professionals',
      'Learning support professionals',
    ]);
    expect(item('jisc-2001-role-map', 'new-specialists').children?.map((r) => r.title)).toEqual([
      'Learning technologist',
      'Educational developer',
      'Educational researcher',
      'Technical researcher/developer',
      'Materials developer',
      'Project manager',
    ]);
    expect(ofType('jisc-2001-role-map', 'Skill area')).toHaveLength(8);
  });

  it('gives the seed 001 career stages novice, career and advanced', () => {
    expect(framework('career-stages').items.map((i) => i.key)).toEqual([
      'novice',
      'career',
      'advanced',
    ]);
  });

  it('uses a valid, unique UUID for every framework identifier', () => {
    const ids = BUILTIN_FRAMEWORKS.map((f) => f.identifier);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = BUILTIN_FRAMEWORKS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps item keys unique within each framework', () => {
    for (const f of BUILTIN_FRAMEWORKS) {
      const keys = flatten(f.items).map((i) => i.key);
      expect(new Set(keys).size, f.key).toBe(keys.length);
    }
  });

  it('fills in every framework field and writes each statement in 1-3 sentences', () => {
    for (const f of BUILTIN_FRAMEWORKS) {
      for (const field of [f.title, f.publisher, f.version, f.description]) {
        expect(field.trim(), f.key).not.toBe('');
      }
      expect(f.sourceUrl, f.key).toMatch(/^https?:\/\/[^\s/]+\.[a-z]+\//);
      for (const i of flatten(f.items)) {
        const where = `${f.key}:${i.key}`;
        expect(i.title.trim(), where).not.toBe('');
        expect(i.type.trim(), where).not.toBe('');
        expect(i.statement, where).toMatch(/[.!?]$/);
        expect(sentences(i.statement), where).toBeGreaterThanOrEqual(1);
        expect(sentences(i.statement), where).toBeLessThanOrEqual(3);
      }
      for (const level of f.levels ?? []) {
        expect(sentences(level.description), `${f.key} ${level.code}`).toBeGreaterThanOrEqual(1);
        expect(sentences(level.description), `${f.key} ${level.code}`).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe('built-in crosswalk', () => {
  const ends = new Set(
    BUILTIN_FRAMEWORKS.flatMap((f) => flatten(f.items).map((i) => `${f.key}:${i.key}`)),
  );

  it('points every end at an existing "<framework>:<item>"', () => {
    for (const m of CROSSWALK) {
      expect(ends.has(m.from), m.from).toBe(true);
      expect(ends.has(m.to), m.to).toBe(true);
    }
  });

  it('never maps a framework to itself, and lists each pair once', () => {
    const pairs = new Set<string>();
    for (const m of CROSSWALK) {
      expect(m.from.split(':')[0], `${m.from} -> ${m.to}`).not.toBe(m.to.split(':')[0]);
      const pair = [m.from, m.to].sort().join(' ');
      expect(pairs.has(pair), pair).toBe(false);
      pairs.add(pair);
    }
  });

  it('links CMALT, ISTE Coaches, the PSF and the 2001 skill areas with reasons in 1-2 sentences', () => {
    expect(CROSSWALK.length).toBeGreaterThanOrEqual(30);
    expect(CROSSWALK.length).toBeLessThanOrEqual(50);
    const frameworks = new Set(
      CROSSWALK.flatMap((m) => [m.from, m.to].map((e) => e.split(':')[0])),
    );
    expect([...frameworks].sort()).toEqual([
      'cmalt',
      'iste-coaches',
      'jisc-2001-role-map',
      'psf-2023',
    ]);
    for (const m of CROSSWALK) {
      expect(sentences(m.rationale), `${m.from} -> ${m.to}`).toBeGreaterThanOrEqual(1);
      expect(sentences(m.rationale), `${m.from} -> ${m.to}`).toBeLessThanOrEqual(2);
    }
  });

  it('includes the anchor correspondences practitioners expect', () => {
    const has = (from: string, to: string) =>
      CROSSWALK.some((m) => (m.from === from && m.to === to) || (m.from === to && m.to === from));
    expect(has('cmalt:4', 'iste-coaches:4.3')).toBe(true);
    expect(has('cmalt:4', 'psf-2023:V5')).toBe(true);
    expect(has('cmalt:2b', 'psf-2023:K1')).toBe(true);
    expect(has('cmalt:2b', 'psf-2023:V1')).toBe(true);
    expect(has('cmalt:1c', 'iste-coaches:4.1')).toBe(true);
    expect(has('cmalt:3a', 'iste-coaches:4.7')).toBe(true);
    expect(has('cmalt:principle-up-to-date', 'psf-2023:A5')).toBe(true);
  });
});
