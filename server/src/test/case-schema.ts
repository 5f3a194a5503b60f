/**
 * Test support: the official CASE 1.1 CFPackage JSON Schema, read from ../shared/standards
 * (never copied into the project). `null` when that folder is absent, so callers can skip
 * with a printed reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';

export const STANDARDS_DIR = path.resolve(import.meta.dirname, '../../../../shared/standards');
const SCHEMA = path.join(STANDARDS_DIR, 'case-v1p1-cfpackage.schema.json');

export type Validator = ((data: unknown) => boolean) & { errors?: unknown };

export function caseValidator(): Validator | null {
  if (!existsSync(SCHEMA)) return null;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8'))) as Validator;
}

export function readSample(name: string): unknown {
  return JSON.parse(readFileSync(path.join(STANDARDS_DIR, 'case-samples', name), 'utf8'));
}

export const standardsPresent = () => existsSync(SCHEMA);
