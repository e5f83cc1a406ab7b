import { act, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SuggestArgs } from '../../../../../../src-renderer/domain/assist/suggestions';
import { StoreContext } from '../../../../../../src-renderer/ui/data/hooks';
import { useSuggestions } from '../../../../../../src-renderer/ui/features/assist/useSuggestions';

afterEach(() => vi.useRealTimers());

const wait = async (ms: number) => {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
};

/** The hook over a store whose answers say which ask they answer; `fail` makes the next asks fail. */
function hook(initial: SuggestArgs) {
  const state = { fail: false };
  const send = vi.fn(async (_name: string, args: SuggestArgs) => {
    if (state.fail) throw new Error('the store host restarted');
    return { for: `${args.text}|${args.phone ?? ''}` };
  });
  const wrapper = ({ children }: { children: ReactNode }) => createElement(StoreContext.Provider, { value: { send } as never }, children);
  const rendered = renderHook((args: SuggestArgs) => useSuggestions(args), { wrapper, initialProps: initial });
  return { ...rendered, send, state };
}

describe('useSuggestions', () => {
  it('shows no earlier complaint’s answer when the next one’s ask fails, and says it failed', async () => {
    vi.useFakeTimers();
    const { result, rerender, state } = hook({ text: '快递三天都没有到' });
    await wait(500);
    expect(result.current.data).toEqual({ for: '快递三天都没有到|' });
    rerender({ text: '' });
    expect(result.current.data).toBeNull();
    await wait(1000);
    state.fail = true;
    rerender({ text: '充电宝充电时冒烟了' });
    await wait(1000);
    expect(result.current).toEqual({ data: null, failed: true });
  });

  it('never shows the answer for the last contacts when the form was saved right after they changed', async () => {
    vi.useFakeTimers();
    const { result, rerender } = hook({ text: '快递三天都没有到', phone: '1' });
    await wait(500);
    rerender({ text: '快递三天都没有到', phone: '2' });
    await wait(100);
    rerender({ text: '', phone: '' });
    await wait(100);
    rerender({ text: '另一单投诉的内容很长', phone: '' });
    expect(result.current.data).toBeNull();
    await wait(1000);
    expect(result.current).toEqual({ data: { for: '另一单投诉的内容很长|' }, failed: false });
  });

  it('keeps the last answer while the same complaint is typed on, and fails quietly keeping it', async () => {
    vi.useFakeTimers();
    const { result, rerender, state } = hook({ text: '快递三天都没有到' });
    await wait(500);
    rerender({ text: '快递三天都没有到，客服' });
    expect(result.current.data).toEqual({ for: '快递三天都没有到|' });
    state.fail = true;
    await wait(500);
    expect(result.current).toEqual({ data: { for: '快递三天都没有到|' }, failed: true });
  });

  it('asks for a short threat too (我要告你们), keeping back the categories its few words cannot tell', async () => {
    vi.useFakeTimers();
    const { result, rerender, send } = hook({ text: '我要告你们' });
    await wait(500);
    expect(result.current.data).toEqual({ for: '我要告你们|', categories: [] });
    // A single character says nothing: not even asked.
    rerender({ text: '告' });
    await wait(500);
    expect(result.current.data).toBeNull();
    expect(send.mock.calls.map(([, args]) => (args as SuggestArgs).text)).not.toContain('告');
  });
});
