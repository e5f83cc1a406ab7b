import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LateDuplicates } from '../../../../../../src-renderer/ui/features/imports/RunStep';
import { renderWithStore, teardown } from '../../render';

afterEach(teardown);

describe('rows found taken as the import wrote them', { timeout: 30_000 }, () => {
  it('are named after the import, since no check reported them; a long list says there are more', async () => {
    await renderWithStore(
      <>
        <LateDuplicates late={{ count: 2, rows: [3, 8] }} />
        <LateDuplicates late={{ count: 25, rows: [3, 8, 12] }} />
      </>,
    );
    const [two, many] = await screen.findAllByTestId('late-duplicates');
    expect(two!.textContent).toBe(
      '其中 2 行在写入时发现系统中已有相同的投诉（投诉单号、原系统编号或来源单号相同，没有编号的则投诉时间、客户姓名和投诉内容都相同；是检查之后在别处登记或导入的），未导入：第 3、8 行。',
    );
    expect(many!.textContent).toContain('未导入：第 3、8、12等 行。');
  });
});
