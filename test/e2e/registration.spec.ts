import { expect, test } from './fixtures';
import { caseNumberPattern, DAY, HOUR, shown, thisMinute } from './pages/time';

test.describe('registering a complaint (vertical slice)', () => {
  test('registers in Chinese, lists it in tracking, keeps it across a reload and shows every field', async ({ desk, page }) => {
    const { intake, tracking, casePage, shell, labels: l } = desk;
    const now = thisMinute();
    await page.clock.setFixedTime(now);

    await shell.visit('intake');
    await intake.expectLoaded();
    for (const legend of Object.values(l.intake.sections)) await expect(intake.section(legend)).toBeVisible();
    // 受理时间 defaults to the moment the form was opened; 受理人 is whoever is signed in.
    await expect(intake.receivedAt).toHaveText(shown(now));
    await expect(intake.channel).toHaveValue(l.channel.phone);
    await expect(intake.intakeAgent).toHaveValue('李客服');
    await expect(intake.customerTypeGroup.getByRole('radio', { name: l.customerType.individual })).toBeChecked();
    await expect(intake.severityGroup.getByRole('radio', { name: l.severity.general })).toBeChecked();

    const before = Date.now();
    const no = await intake.register({
      customerName: '王小明',
      customerType: l.customerType.business,
      phone: '138 1234 5678',
      email: 'Wang.XM@Example.com',
      product: '家用净水器 A3',
      orderNo: 'JD-20261101-778',
      amount: '1299',
      description: '快递显示已签收，但本人没有收到包裹。\n要求尽快查明并补发。',
      demands: [l.demand.exchange, l.demand.other],
      demandNote: '希望顺丰配送',
      channel: l.channel.email,
      severity: l.severity.serious,
    });
    const after = Date.now();
    expect(no).toMatch(caseNumberPattern(1, before, after));
    // 严重: the first response is due 12 hours after receipt.
    await expect(intake.confirmation).toContainText(l.intake.savedDetail(shown(now + 12 * HOUR)));
    // The form is blank again but keeps the channel, the agent's usual one.
    await expect(intake.field('product')).toHaveValue('');
    await expect(intake.demand(l.demand.exchange)).not.toBeChecked();
    await expect(intake.channel).toHaveValue(l.channel.email);

    await shell.open('tracking');
    await tracking.expectLoaded();
    await expect(tracking.headers).toHaveText(l.tracking.defaultColumns.map((column) => l.tracking.columns[column]));
    await tracking.expectCases([no]);
    // Not yet graded: no category, no department; the agent may see the phone in full.
    await expect(tracking.cells(no)).toHaveText([
      no,
      shown(now),
      '王小明 13812345678',
      l.tracking.none,
      l.severity.serious,
      l.status.registered,
      l.tracking.none,
      '李客服',
      shown(now + 12 * HOUR),
      l.tracking.left('12小时'),
      l.tracking.none,
    ]);
    await expect(tracking.overdueMark(no)).toHaveCount(0);
    // The channel column is hidden by default; shown, it says how the complaint came in.
    await tracking.showColumn('channel');
    await expect(tracking.cell(no, 'channel')).toHaveText(l.channel.email);

    await page.reload();
    await tracking.expectLoaded();
    await tracking.expectCases([no]);

    await tracking.openCase(no);
    await expect(page).toHaveURL(/#\/cases\/[^/]+$/);
    await expect(casePage.heading(no)).toBeVisible();
    await expect(casePage.value('no')).toHaveText(no);
    await expect(casePage.value('status')).toHaveText(l.status.registered);
    await expect(casePage.value('channel')).toHaveText(l.channel.email);
    await expect(casePage.value('receivedAt')).toHaveText(shown(now));
    await expect(casePage.value('customerName')).toHaveText('王小明');
    await expect(casePage.value('owner')).toHaveText('李客服');
    await expect(casePage.value('department')).toHaveText(l.case.undecided);
    // The store host stamps registration with its own (real) clock.
    await expect(casePage.value('registeredAt')).toHaveText(new RegExp(`^(${shown(before)}|${shown(after)})$`));
    await expect(casePage.value('intakeAgent')).toHaveText('李客服');
    await expect(casePage.value('customerType')).toHaveText(l.customerType.business);
    // Contacts are stored normalised: spaces stripped from the phone, the e-mail lower-cased.
    await expect(casePage.value('phone')).toHaveText('13812345678');
    await expect(casePage.value('email')).toHaveText('wang.xm@example.com');
    await expect(casePage.value('initialSeverity')).toHaveText(l.case.unchanged(l.severity.serious));
    await expect(casePage.value('product')).toHaveText('家用净水器 A3');
    await expect(casePage.value('orderNo')).toHaveText('JD-20261101-778');
    await expect(casePage.value('amount')).toHaveText('¥1,299.00');
    await expect(casePage.value('description')).toHaveText('快递显示已签收，但本人没有收到包裹。\n要求尽快查明并补发。');
    await expect(casePage.value('demands')).toHaveText(`${l.demand.exchange}、${l.demand.other}`);
    await expect(casePage.value('demandNote')).toHaveText('希望顺丰配送');
    await expect(casePage.clock('response')).toContainText(shown(now + 12 * HOUR));
    await expect(casePage.clock('response')).toContainText(l.flow.clockState.running);
    await expect(casePage.main.getByText(l.severity.serious, { exact: true })).toBeVisible();
  });

  test('a complaint received yesterday by e-mail only: the phone shows as not given, the deadline runs from receipt', async ({ desk }) => {
    const { intake, casePage, labels: l } = desk;
    const received = thisMinute() - DAY - 2 * HOUR;
    await desk.shell.visit('intake');
    const no = await intake.register({
      receivedAt: received,
      customerName: 'Li Na',
      email: 'lina@example.com',
      description: '客服电话一直无人接听。',
      channel: l.channel.online_chat,
    });
    await intake.confirmation.getByRole('link', { name: l.intake.openCase }).click();
    await expect(casePage.heading(no)).toBeVisible();
    await expect(casePage.value('phone')).toHaveText(l.case.none);
    await expect(casePage.value('email')).toHaveText('lina@example.com');
    await expect(casePage.value('channel')).toHaveText(l.channel.online_chat);
    await expect(casePage.value('demands')).toHaveText(l.case.none);
    await expect(casePage.value('amount')).toHaveText(l.case.none);
    await expect(casePage.value('receivedAt')).toHaveText(shown(received));
    await expect(casePage.clock('response')).toContainText(shown(received + 24 * HOUR));
    await expect(casePage.main.getByText(l.severity.general, { exact: true })).toBeVisible();
  });

  test('a letter with only an address, and a 12315 referral whose work order cannot be registered twice', async ({ desk }) => {
    const { intake, casePage, labels: l } = desk;
    await desk.shell.visit('intake');
    const letter = await intake.register({
      channel: l.channel.letter,
      customerName: '赵老先生',
      address: '浙江省杭州市西湖区文三路 88 号 2 幢 301 室',
      description: '来信反映：助听器使用两周后左耳无声，门店拒绝保修。',
    });
    const referral = await intake.register({
      channel: l.channel.regulator_12315,
      customerName: '孙女士',
      phone: '13912345678',
      referralNo: '1433010020261125000815',
      description: '12315 转办：羽绒服充绒量与标注不符，商家拒绝退货。',
    });
    // The same work order typed again, with a space: refused, naming the case, and nothing typed is lost.
    await intake.fill({ channel: l.channel.regulator_12315, customerName: '孙女士', phone: '13912345678', referralNo: '14330100 20261125000815', description: '同一转办单再次登记。' });
    await intake.submit();
    await intake.expectFieldError('referralNo', l.errors.referralNoTaken(referral));
    await expect(intake.field('description')).toHaveValue('同一转办单再次登记。');
    await expect(intake.confirmation).toHaveCount(0);

    await desk.shell.open('tracking');
    await desk.tracking.expectLoaded();
    await desk.tracking.openCase(letter);
    await expect(casePage.heading(letter)).toBeVisible();
    await expect(casePage.value('address')).toHaveText('浙江省杭州市西湖区文三路 88 号 2 幢 301 室');
    await expect(casePage.value('phone')).toHaveText(l.case.none);
  });

  test('a mistyped phone put right after registration: the page, the history and the repeat check follow the corrected number', async ({ desk, page }) => {
    const { intake, casePage, labels: l } = desk;
    await desk.shell.visit('intake');
    const no = await intake.register({ customerName: '周女士', phone: '138 1234 5670', description: '空调安装后漏水，师傅一直未上门。' });
    await intake.confirmation.getByRole('link', { name: l.intake.openCase }).click();
    await expect(casePage.heading(no)).toBeVisible();

    const dialog = await casePage.open('更正登记信息');
    await expect(dialog.text('联系电话')).toHaveValue('13812345670');
    await dialog.fill('联系电话', '13812345678');
    await dialog.fill('通信地址', '广州市天河区体育西路 1 号');
    await dialog.fill('更正原因', '客户来电告知号码登记错误，并补充地址');
    await dialog.submit();

    await expect(casePage.value('phone')).toHaveText('13812345678');
    await expect(casePage.main.getByText('更正联系电话、通信地址：客户来电告知号码登记错误，并补充地址')).toBeVisible();
    await expect(casePage.timelineTitles.first()).toHaveText('更正登记信息');
    await expect(casePage.timeline).toContainText('联系电话：13812345670 → 13812345678');
    await expect(casePage.timeline).toContainText('通信地址：未填写 → 广州市天河区体育西路 1 号');

    // The next call from the same customer finds this case by the number now registered.
    await desk.shell.open('intake');
    await intake.field('phone').fill('13812345678');
    const repeats = page.getByRole('complementary', { name: '重复投诉' });
    await expect(repeats).toContainText(no);
    await intake.field('phone').fill('13812345670');
    await expect(repeats).toHaveCount(0);
  });
});
