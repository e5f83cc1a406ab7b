import { describe, expect, it } from 'vitest';
import { CustomerKeyInput } from '../../../../../src-renderer/domain/privacy/customer';

describe('CustomerKeyInput', () => {
  it('takes one key, written as registration stores it', () => {
    expect(CustomerKeyInput.parse({ phone: ' +86 138 1234 5678 ' })).toEqual({ kind: 'phone', value: '13812345678' });
    expect(CustomerKeyInput.parse({ email: 'Chen.XY@Example.com' })).toEqual({ kind: 'email', value: 'chen.xy@example.com' });
    expect(CustomerKeyInput.parse({ name: ' 陈晓燕 ', phone: '' })).toEqual({ kind: 'name', value: '陈晓燕' });
  });

  it('asks for a key when none is given, and refuses several at once', () => {
    const none = CustomerKeyInput.safeParse({ phone: '  ' });
    expect(none.success).toBe(false);
    expect(none.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['phone', 'validation.required']]);
    const both = CustomerKeyInput.safeParse({ phone: '13812345678', name: '张三' });
    expect(both.error?.issues.map((i) => i.message)).toEqual(['validation.invalid']);
  });
});
