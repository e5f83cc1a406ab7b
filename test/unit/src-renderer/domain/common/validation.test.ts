import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toFieldErrors } from '../../../../../src-renderer/domain/common/validation';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return toFieldErrors(result.error);
};

describe('toFieldErrors', () => {
  it('keeps i18n keys and names the field', () => {
    const schema = z.object({ name: z.string().min(1, { error: 'validation.required' }) });
    expect(issuesOf(schema, { name: '' })).toEqual([{ field: 'name', code: 'validation.required', params: { min: 1 } }]);
  });

  it('turns zod texts into validation.invalid so users never see them', () => {
    const schema = z.object({ limit: z.number().int() });
    const errors = issuesOf(schema, { limit: 'ten' });
    expect(errors).toEqual([{ field: 'limit', code: 'validation.invalid' }]);
  });

  it('passes the limits of too-long and too-big values as params', () => {
    const schema = z.object({
      text: z.string().max(5, { error: 'validation.tooLong' }),
      month: z.number().max(12),
    });
    expect(issuesOf(schema, { text: 'abcdef', month: 13 })).toEqual([
      { field: 'text', code: 'validation.tooLong', params: { max: 5 } },
      { field: 'month', code: 'validation.invalid', params: { max: 12 } },
    ]);
  });

  it('joins nested paths with dots', () => {
    const schema = z.object({ after: z.object({ id: z.string() }), tags: z.array(z.string()) });
    expect(issuesOf(schema, { after: { id: 1 }, tags: ['a', 2] }).map((e) => e.field)).toEqual(['after.id', 'tags.1']);
  });

  it('reports a problem with the whole input under "_"', () => {
    expect(issuesOf(z.object({ a: z.string() }), null)).toEqual([{ field: '_', code: 'validation.invalid' }]);
  });

  it('keeps custom issues of refinements', () => {
    const schema = z.object({ a: z.string(), b: z.string() }).superRefine((v, ctx) => {
      if (v.a === v.b) ctx.addIssue({ code: 'custom', path: ['b'], message: 'validation.contactRequired' });
    });
    expect(issuesOf(schema, { a: 'x', b: 'x' })).toEqual([{ field: 'b', code: 'validation.contactRequired' }]);
  });

  it('passes the params of a refinement to the message, leaving out anything but text and numbers', () => {
    const schema = z.object({ days: z.array(z.string()) }).superRefine((v, ctx) => {
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'validation.dayBothWays', params: { day: v.days[0], count: 2, nested: { x: 1 } } });
    });
    expect(issuesOf(schema, { days: ['2027-02-10'] })).toEqual([{ field: 'days', code: 'validation.dayBothWays', params: { day: '2027-02-10', count: 2 } }]);
  });

  it('reports one entry per issue, in order', () => {
    const schema = z.object({
      a: z.string({ error: 'validation.required' }),
      b: z.enum(['x', 'y'], { error: 'validation.chooseOne' }),
    });
    expect(issuesOf(schema, {})).toEqual([
      { field: 'a', code: 'validation.required' },
      { field: 'b', code: 'validation.chooseOne' },
    ]);
  });
});
