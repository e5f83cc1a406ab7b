import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { RepeatHint } from '../../../../../../src-renderer/ui/features/intake/RepeatHint';
import { registerCase, renderWithStore, teardown } from '../../render';
import { registerAsAgent, renderAsSomeone } from '../cases/staff-kit';

afterEach(teardown);

/** The phone and e-mail fields and the hint beside them. */
function TypingBoth() {
  const [email, setEmail] = useState('');
  return (
    <>
      <input aria-label="电子邮箱" value={email} onChange={(event) => setEmail(event.target.value)} />
      <RepeatHint phone="13812345678" email={email} />
    </>
  );
}

/** The phone field and the hint beside it, as on the intake form. */
function Typing({ initial }: { initial: string }) {
  const [phone, setPhone] = useState(initial);
  return (
    <>
      <input aria-label="联系电话" value={phone} onChange={(event) => setPhone(event.target.value)} />
      <RepeatHint phone={phone} email="" />
    </>
  );
}

describe('重复投诉 at intake', { timeout: 60_000 }, () => {
  it('counts every complaint of the window, and says it lists the newest 20', async () => {
    await renderWithStore(<RepeatHint phone="138 1234 5678" email="" />, {
      seed: async (_host, asAgent) => {
        for (let n = 0; n < 21; n += 1) await registerCase(asAgent, { receivedAt: Date.now() - (n + 1) * 60_000, phone: '13812345678' });
      },
    });
    expect(await screen.findByText(/近 90 天内该客户已投诉 21 次/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(/下面列出最近的 20 宗。/)).toBeTruthy();
    expect(screen.getAllByTestId('repeat-case')).toHaveLength(20);
  });

  it('names the customer of each earlier case, so a relative sharing the phone is told from a real repeat', async () => {
    await renderWithStore(<RepeatHint phone="13812345678" email="" />, {
      seed: async (_host, asAgent) => {
        await registerCase(asAgent, { receivedAt: Date.now() - 2 * 60_000, customerName: '张建国' });
        await registerCase(asAgent, { receivedAt: Date.now() - 60_000, customerName: '张小明' });
      },
    });
    await screen.findByText(/近 90 天内该客户已投诉 2 次/, {}, { timeout: 10_000 });
    const [newest, older] = screen.getAllByTestId('repeat-case');
    expect(within(newest!).getByText('张小明')).toBeTruthy();
    expect(within(older!).getByText('张建国')).toBeTruthy();
    expect(within(newest!).queryByText('张建国')).toBeNull();
  });

  it('tells a role that may not look cases up by contacts (a director registering) how many, not which', async () => {
    let earlier = '';
    await renderAsSomeone(<RepeatHint phone="13812345678" email="" />, 'director', async (act) => {
      earlier = (await registerAsAgent(act, { customerName: '王先生13511112222' })).no;
    });
    expect(await screen.findByText(/您的角色不能按联系方式查看客户的投诉/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(document.body.textContent).toContain('该客户已投诉 1 次');
    expect(screen.queryAllByTestId('repeat-case')).toEqual([]);
    expect(document.body.textContent).not.toContain(earlier);
    expect(screen.queryByText(/王先生/)).toBeNull();
  });

  it('takes the earlier customer’s cases away as soon as another number is typed, before looking the new one up', async () => {
    await renderWithStore(<Typing initial="13812345678" />, {
      seed: async (_host, asAgent) => {
        await registerCase(asAgent, { receivedAt: Date.now() - 60_000, customerName: '周伟' });
      },
    });
    await screen.findByText('周伟', {}, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('联系电话'), { target: { value: '13500001234' } });
    // At once: not after the pause in typing and the lookup.
    expect(screen.queryByText('周伟')).toBeNull();
    expect(screen.queryAllByTestId('repeat-case')).toEqual([]);
  });

  it('keeps the cases found in view while a contact is only added (an e-mail after the phone that found them)', async () => {
    await renderWithStore(<TypingBoth />, {
      seed: async (_host, asAgent) => {
        await registerCase(asAgent, { receivedAt: Date.now() - 60_000, customerName: '周伟' });
      },
    });
    await screen.findByText('周伟', {}, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('电子邮箱'), { target: { value: 'zhou' } });
    expect(screen.getByText('周伟')).toBeTruthy();
  });
});
