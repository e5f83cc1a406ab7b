import { expect, it } from 'vitest';
import type { z } from 'zod';
import { toFieldErrors } from '../../../../src-renderer/domain/common/validation';

/** Field → codes, the way the UI receives them; `{}` when the input is accepted. */
export function errorsOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const { field, code } of toFieldErrors(result.error)) (out[field] ??= []).push(code);
  return out;
}

/** An override of the valid input (a value of `undefined` removes the field) and the field errors it must give. */
export type SchemaCase = [label: string, overrides: Record<string, unknown>, errors: Record<string, string[]>];

/**
 * The table-driven tests of one command schema: the valid input passes, and
 * each broken field is refused with its own i18n code and nothing else.
 */
export function schemaCases(schema: z.ZodType, valid: Record<string, unknown>, cases: SchemaCase[]): void {
  it('accepts a valid input', () => {
    expect(errorsOf(schema, valid)).toEqual({});
  });

  it.each(cases)('%s', (_label, overrides, errors) => {
    const input = { ...valid };
    for (const [key, value] of Object.entries(overrides)) {
      if (value === undefined) delete input[key];
      else input[key] = value;
    }
    expect(errorsOf(schema, input)).toEqual(errors);
  });

  it('names an i18n key in every issue, whatever the fields hold', () => {
    for (const junk of [null, 42, 'x', [], {}, true]) {
      const input = Object.fromEntries(Object.keys(valid).map((key) => [key, junk]));
      const result = schema.safeParse(input);
      if (result.success) continue;
      // The raw messages, before toFieldErrors hides zod's own texts behind validation.invalid. A list or
      // group of the wrong type only comes from a hand-made call (a form always sends one): invalid is fine there.
      for (const issue of result.error.issues) {
        const container = issue.code === 'invalid_type' && (issue.expected === 'array' || issue.expected === 'object');
        if (!container) expect(issue.message, `${issue.path.join('.')} = ${JSON.stringify(junk)}`).toMatch(/^validation\.[a-zA-Z]+$/);
      }
    }
    expect(errorsOf(schema, null)).toEqual({ _: ['validation.invalid'] });
  });
}

/** `n` characters, to test length limits. */
export const text = (n: number, char = '字') => char.repeat(n);
