import { useCallback, useState } from 'react';
import type { ZodType } from 'zod';
import { isApiError } from './api';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** Field messages from the shared schemas are fragments ("must be at least 10 characters"). */
const PREDICATE =
  /^(is|are|must|should|cannot|can't|can|has|have|does|doesn't|do|needs|was|were|may|already|looks|isn't)\b/i;

/** Turns a field message into a sentence that names the field: "Password must be at least 10 characters". */
export function formatFieldMessage(label: string, message: string): string {
  const text = message.trim();
  if (!text) return `${label} is not valid`;
  if (PREDICATE.test(text)) {
    // "is not your current password" under "Current password": "This is not your current password".
    const named = text.toLowerCase().includes(label.toLowerCase());
    return `${named ? 'This' : label} ${text}`;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "roles.0" or "roles[0]" -> "roles". */
export function fieldKey(path: string): string {
  return path.split(/[.[]/)[0] ?? path;
}

type Values = object;

export interface FormState<V extends Values> {
  values: V;
  errors: FieldErrors<keyof V & string>;
  setValue: <K extends keyof V>(key: K, value: V[K]) => void;
  setErrors: (errors: FieldErrors<keyof V & string>) => void;
  /** Checks `input` (the values by default) against a schema; returns the parsed data or null. */
  validate: <T>(
    schema: ZodType<T>,
    input?: unknown,
    messages?: FieldErrors<keyof V & string>,
  ) => T | null;
  /** Puts the server's field messages under the matching inputs. */
  showServerErrors: (error: unknown) => void;
  reset: (next?: V) => void;
}

/** A small form helper: values, per-field errors (client or server) and validation with Zod. */
export function useFormState<V extends Values>(
  initial: V,
  labels: Record<keyof V & string, string>,
): FormState<V> {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<keyof V & string>>({});

  const setValue = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key as keyof V & string];
      return next;
    });
  }, []);

  const validate = <T>(
    schema: ZodType<T>,
    input: unknown = values,
    messages: FieldErrors<keyof V & string> = {},
  ): T | null => {
    const result = schema.safeParse(input);
    if (result.success) {
      setErrors({});
      return result.data;
    }
    const next: FieldErrors<keyof V & string> = {};
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '') as keyof V & string;
      if (!(key in labels) || next[key]) continue;
      next[key] = messages[key] ?? formatFieldMessage(labels[key], issue.message);
    }
    setErrors(next);
    return null;
  };

  const showServerErrors = (error: unknown) => {
    if (!isApiError(error)) return;
    const next: FieldErrors<keyof V & string> = {};
    for (const field of error.fields) {
      const key = fieldKey(field.path) as keyof V & string;
      if (!(key in labels) || next[key]) continue;
      next[key] = formatFieldMessage(labels[key], field.message);
    }
    setErrors(next);
  };

  const reset = (next: V = initial) => {
    setValues(next);
    setErrors({});
  };

  return { values, errors, setValue, setErrors, validate, showServerErrors, reset };
}
