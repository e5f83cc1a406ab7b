import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactIndexNotice } from '../../../../../../src-renderer/ui/features/assist/ContactIndexNotice';
import { initI18n, type Language } from '../../../../../../src-renderer/ui/i18n';

afterEach(cleanup);

async function show(progress: { done: number; total: number } | null, then: 'repeats' | 'lookup', language: Language = 'zh-CN') {
  await initI18n(language);
  return render(
    <MantineProvider>
      <ContactIndexNotice progress={progress} then={then} />
    </MantineProvider>,
  );
}

describe('ContactIndexNotice (正在建立客户索引)', () => {
  it('says how many of how many cases are done, grouped by thousands, with the share as a bar', async () => {
    await show({ done: 4_000, total: 30_000 }, 'repeats');
    const notice = screen.getByRole('status', { name: '正在建立客户索引' });
    expect(notice.textContent).toContain('已完成 4,000 / 30,000 宗（13%）');
    expect(notice.textContent).toContain('完成后即显示该客户的其他投诉。');
    expect(within(notice).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('13');
  });

  it('says what appears once done, in the UI’s language', async () => {
    await show({ done: 99_999, total: 100_000 }, 'lookup', 'en');
    const notice = screen.getByRole('status', { name: 'Building the customer index' });
    // Not rounded up to 100 % before it is done.
    expect(notice.textContent).toContain('99,999 of 100,000 done (99%)');
    expect(notice.textContent).toContain('The results appear when it is done.');
  });

  it('shows nothing when no backfill runs, or before it has counted the cases', async () => {
    const { container } = await show(null, 'repeats');
    expect(within(container).queryByRole('status')).toBeNull();
    cleanup();
    const counting = await show({ done: 0, total: 0 }, 'lookup');
    expect(within(counting.container).queryByRole('status')).toBeNull();
  });
});
