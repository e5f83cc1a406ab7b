import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useStoreQuery } from '../../../../../../../src-renderer/ui/data/hooks';
import { CaseHeader } from '../../../../../../../src-renderer/ui/features/cases/CaseHeader';
import { initI18n } from '../../../../../../../src-renderer/ui/i18n';
import { registerCase, renderWithStore, teardown } from '../../../render';

afterEach(async () => {
  await teardown();
  await initI18n('zh-CN');
});

/** The header of the one case in the store, as the case page reads it. */
function StoredCaseHeader() {
  const id = useStoreQuery('cases.list', {}, 'list').data?.rows[0]?.id;
  return id ? <Loaded id={id} /> : null;
}

function Loaded({ id }: { id: string }) {
  const record = useStoreQuery('cases.get', { id }, id).data;
  return record ? <CaseHeader record={record} /> : null;
}

/** One registered case, anonymised at `anonymisedAt` (written straight to the store) unless undefined. */
async function header(anonymisedAt: number | undefined, language: 'zh-CN' | 'en' = 'zh-CN') {
  await renderWithStore(<StoredCaseHeader />, {
    language,
    seed: async (host, asAgent) => {
      const { id } = await registerCase(asAgent);
      if (anonymisedAt !== undefined) await host.db.cases.update(id, { customerName: '（已匿名）', phone: '', anonymisedAt });
    },
  });
  return screen.findByRole('heading', { level: 2 });
}

describe('the case header of an anonymised case', { timeout: 60_000 }, () => {
  it('carries a 已匿名化 badge saying when', async () => {
    const at = new Date(2029, 0, 2, 9, 30).getTime();
    const title = await header(at);
    const badge = within(title.parentElement!).getByText('已匿名化');
    expect(badge.closest('[title]')?.getAttribute('title')).toBe('客户个人信息已于 2029-01-02 09:30 清除');
    expect(screen.getByText('（已匿名）')).toBeTruthy();
  });

  it('has no badge while the personal data is kept, and reads in English too', async () => {
    await header(undefined);
    expect(screen.queryByText('已匿名化')).toBeNull();
    await teardown();
    const title = await header(Date.now(), 'en');
    expect(within(title.parentElement!).getByText('Anonymised')).toBeTruthy();
  });
});
