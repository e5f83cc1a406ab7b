import { expect, test } from './fixtures';
import { actionDialog } from './pages/case-dialog';
import { journeys } from './pages/journeys';

test.describe('duplicates merged and related cases linked', () => {
  test('a supervisor merges the customer’s second complaint from the repeat panel, and links a case of the same incident; each page shows the other', async ({ desk }) => {
    // Three registrations and a sign-in switch: double the time allowed.
    test.slow();
    const { casePage: c, auth, page, labels: l } = desk;
    const walk = journeys(desk);
    const a = await walk.register({ customerName: '卫东', phone: '13911112222', description: '快递柜取件码失效，无法取件。' });
    const b = await walk.register({ customerName: '卫东', phone: '13911112222', channel: l.channel.email, description: '取件码仍然失效，再次发邮件投诉。' });
    const other = await walk.register({ customerName: '韩梅梅', phone: '13622223333', description: '同一快递柜故障，包裹取不出来。' });

    await auth.switchTo('supervisor');
    await page.goto(`/#/cases/${a.id}`);
    await expect(c.heading(a.no)).toBeVisible();
    // 重复投诉 lists the later complaint of the same customer; a supervisor may merge it here.
    await c.section('重复投诉').getByRole('button', { name: `将 ${b.no} 并入此单`, exact: true }).click();
    const merge = actionDialog(page, l, '并入此单');
    await expect(merge.root).toContainText(`将投诉单 ${b.no} 作为重复投诉终止处理，并入本单 ${a.no}`);
    await expect(merge.text('并入的投诉单号')).toHaveValue(a.no);
    await merge.fill('情况说明', '客户就同一取件问题再次发邮件。');
    await merge.submit('终止并并入本单', `已将 ${b.no} 并入本单`);

    const merged = c.section('并入本单的投诉');
    await expect(merged.getByRole('link', { name: b.no, exact: true })).toBeVisible();
    await expect(merged).toContainText('取件码仍然失效，再次发邮件投诉。');
    await expect(merged).toContainText('客户就同一取件问题再次发邮件。');
    await expect(merged).toContainText('与本单为同一客户，随本单回访告知');

    // Related, not a duplicate: another customer hit by the same locker.
    const related = c.section('关联投诉');
    await related.getByRole('button', { name: '关联投诉', exact: true }).click();
    const linking = actionDialog(page, l, '关联投诉');
    await linking.fill('关联的投诉单号', other.no);
    await linking.choose('关联关系', '同一事件');
    await linking.fill('关联说明', '同一快递柜故障');
    await linking.submit('关联投诉', `已关联投诉单 ${other.no}`);
    await expect(related.getByRole('link', { name: other.no, exact: true })).toBeVisible();
    await expect(related).toContainText('同一事件');

    // The duplicate ended, pointing at the case that handles it.
    await merged.getByRole('link', { name: b.no, exact: true }).click();
    await expect(c.heading(b.no)).toBeVisible();
    await expect(c.status).toHaveText(l.status.terminated);
    await expect(c.section('终止处理').getByRole('link', { name: a.no, exact: true })).toBeVisible();

    // The related case shows the link back.
    await page.goto(`/#/cases/${other.id}`);
    await expect(c.heading(other.no)).toBeVisible();
    const back = c.section('关联投诉');
    await expect(back.getByRole('link', { name: a.no, exact: true })).toBeVisible();
    await expect(back).toContainText('同一快递柜故障');
    await expect(c.timeline).toContainText(`${a.no}（同一事件）`);
  });
});
