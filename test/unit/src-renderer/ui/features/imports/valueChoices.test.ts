import { describe, expect, it } from 'vitest';
import { isValueError, mergeChoices, valueMapOf, valueOriginsOf, type ValuesResult } from '../../../../../../src-renderer/ui/features/imports/valueChoices';

const value = (key: string, suggestion: ValuesResult['fields'][number]['values'][number]['suggestion'] = null) => ({ value: key, key, rows: 1, exampleRow: 2, suggestion });
const result = (fields: ValuesResult['fields']): ValuesResult => ({ fields, departments: ['客服中心'] });

describe('value choices in the wizard', () => {
  it('start from the suggestions, keep what the user chose when the list is worked out again, and send only matched values', () => {
    const first = result([
      { field: 'category', column: '类别', more: 0, values: [value('快递问题', { target: 'logistics', source: 'similar' }), value('价格欺诈')] },
      { field: 'severity', column: '等级', more: 0, values: [value('a级', { target: 'major', source: 'remembered' })] },
    ]);
    const choices = mergeChoices({}, first);
    expect(choices).toEqual({
      category: { 快递问题: { target: 'logistics', origin: 'similar' }, 价格欺诈: { target: null, origin: 'user' } },
      severity: { a级: { target: 'major', origin: 'remembered' } },
    });
    expect(valueMapOf(choices, first)).toEqual({ category: { 快递问题: 'logistics' }, severity: { a级: 'major' } });

    // The user unmatches the guess, then goes back to the columns and maps 等级 away.
    const edited = { ...choices, category: { ...choices.category, 快递问题: { target: null, origin: 'user' as const } } };
    const again = result([{ field: 'category', column: '类别', more: 0, values: [value('快递问题', { target: 'logistics', source: 'similar' }), value('物流慢')] }]);
    const merged = mergeChoices(edited, again);
    expect(merged.category!['快递问题']).toEqual({ target: null, origin: 'user' });
    expect(valueMapOf(merged, again)).toEqual({});
    // A value no longer listed is not sent, even if it was matched before.
    expect(valueMapOf(choices, again)).toEqual({ category: { 快递问题: 'logistics' } });
  });

  it('read a value named like an Object property (constructor, toString) as any other', () => {
    const listed = result([{ field: 'category', column: '类别', more: 0, values: [value('constructor', { target: 'other', source: 'similar' }), value('tostring')] }]);
    const choices = mergeChoices({ category: {} }, listed);
    expect(choices.category).toEqual({ constructor: { target: 'other', origin: 'similar' }, tostring: { target: null, origin: 'user' } });
    expect(valueMapOf(choices, listed)).toEqual({ category: { constructor: 'other' } });
    expect(valueMapOf({ category: {} }, listed)).toEqual({});
  });

  it('say which matches sent are guesses left as they were; the rest are the user’s', () => {
    const listed = result([
      { field: 'category', column: '类别', more: 0, values: [value('快递问题', { target: 'logistics', source: 'similar' }), value('物流慢', { target: 'logistics', source: 'similar' }), value('价格欺诈')] },
      { field: 'severity', column: '等级', more: 0, values: [value('a级', { target: 'major', source: 'remembered' })] },
    ]);
    const choices = mergeChoices({}, listed);
    choices.category!['物流慢'] = { target: 'after_sales', origin: 'user' };
    expect(valueOriginsOf(choices, listed)).toEqual({ category: { 快递问题: 'similar' }, severity: { a级: 'remembered' } });
  });

  it('tell a store error about one value from the others', () => {
    expect(isValueError({ field: 'values.category', code: 'imports.valueTarget', params: { value: '快递问题', target: 'x' } }, 'category', '快递问题')).toBe(true);
    expect(isValueError({ field: 'values.category', code: 'imports.valueTarget', params: { value: '物流慢', target: 'x' } }, 'category', '快递问题')).toBe(false);
    expect(isValueError({ field: 'values.category.快递问题', code: 'validation.tooLong' }, 'category', '快递问题')).toBe(true);
    expect(isValueError({ field: 'values.category', code: 'validation.tooMany' }, 'category', '快递问题')).toBe(false);
  });
});
