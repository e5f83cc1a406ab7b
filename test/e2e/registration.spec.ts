import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { chooseFiles, expectStored, pickUntyped, someBytes, storedAttachments } from './pages/intake-evidence';
import { caseNumberPattern, DAY, HOUR, shown, thisMinute } from './pages/time';

const UNRECOGNISED = (name: string) =>
  `“${name}”未添加：无法识别该文件的格式。可以添加的是图片（JPG、PNG、HEIC 等）、PDF、录音（MP3、M4A、AMR、WAV 等）、手机视频（MP4、3GP）、Word/Excel 文档（DOCX、XLSX）和文本文件（TXT）。`;

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
      // Never chased.
      l.tracking.none,
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

  test('evidence from phones: a call recording and an iPhone photo are kept under their proper types, a file of no known format is named', async ({ desk, page }, testInfo) => {
    const { intake, casePage, labels: l } = desk;
    // From the disk: Chromium types .amr from the system's list (audio/AMR, upper case, with Debian's shared-mime-info).
    const recording = testInfo.outputPath('通话录音 20261125.amr');
    await writeFile(recording, someBytes(300));
    await desk.shell.visit('intake');
    await intake.fill({ customerName: '刘女士', phone: '13712345678', description: '来电反映：门店承诺的退款一直未到账。' });
    const addFiles = intake.form.getByRole('button', { name: '添加文件', exact: true });
    await chooseFiles(page, addFiles, [recording]);
    // Chromium gives an iPhone photo no type at all where the system does not know .heic.
    await pickUntyped(intake.form.locator('input[type="file"]'), [
      { name: 'IMG_0001.HEIC', size: 200 },
      { name: '记录.xyz', size: 10 },
    ]);
    const chosen = intake.form.getByRole('list', { name: '证据附件', exact: true }).getByRole('listitem');
    await expect(chosen).toHaveCount(3);
    await expect(chosen.nth(0)).not.toContainText('未添加');
    await expect(chosen.nth(1)).not.toContainText('未添加');
    await expect(chosen.nth(2)).toContainText(UNRECOGNISED('记录.xyz'));

    await intake.submit();
    const no = await intake.confirmedCaseNumber();
    await expect(intake.confirmation.getByRole('list', { name: '附件上传结果', exact: true }).getByRole('listitem')).toHaveText([
      '通话录音 20261125.amr · 已添加',
      'IMG_0001.HEIC · 已添加',
      UNRECOGNISED('记录.xyz'),
    ]);
    // What the store host kept: the type recorded, and the bytes carrying it, so the file opens as what it is.
    await expectStored(page, [
      { name: '通话录音 20261125.amr', type: 'audio/amr', blobType: 'audio/amr', size: 300 },
      { name: 'IMG_0001.HEIC', type: 'image/heic', blobType: 'image/heic', size: 200 },
    ]);

    // Later, on the case page: another photo with no type is taken there too.
    await intake.confirmation.getByRole('link', { name: l.intake.openCase }).click();
    await expect(casePage.heading(no)).toBeVisible();
    const dialog = await casePage.open('添加附件');
    await chooseFiles(page, dialog.root.getByRole('button', { name: /文件/ }), [{ name: 'IMG_0002.heif', mimeType: 'application/octet-stream', buffer: someBytes(120) }]);
    await dialog.submit();
    await expect(page.getByRole('table', { name: '附件', exact: true }).getByRole('button')).toHaveText(['通话录音 20261125.amr', 'IMG_0001.HEIC', 'IMG_0002.heif']);
    await expectStored(page, [
      { name: '通话录音 20261125.amr', type: 'audio/amr', blobType: 'audio/amr', size: 300 },
      { name: 'IMG_0001.HEIC', type: 'image/heic', blobType: 'image/heic', size: 200 },
      { name: 'IMG_0002.heif', type: 'image/heif', blobType: 'image/heif', size: 120 },
    ]);
    // A file of no known format is refused there with the same words, and nothing is kept.
    const again = await casePage.open('添加附件');
    await chooseFiles(page, again.root.getByRole('button', { name: /文件/ }), [{ name: '记录.xyz', mimeType: 'application/octet-stream', buffer: someBytes(10) }]);
    await again.button('添加附件').click();
    await expect(again.root.getByRole('alert')).toContainText(UNRECOGNISED('记录.xyz'));
    await expect.poll(async () => (await storedAttachments(page)).length).toBe(3);
  });

  test('by keyboard: Enter breaks a line in 投诉内容, Ctrl+Enter registers, and the cursor waits in 客户姓名 for the next call', async ({ desk, page }) => {
    const { intake } = desk;
    await desk.shell.visit('intake');
    await intake.fill({ customerName: '陈先生', phone: '13612345678' });
    const description = intake.field('description');
    await description.click();
    await page.keyboard.type('空调外机噪音很大。');
    await page.keyboard.press('Enter');
    await page.keyboard.type('要求上门检修。');
    await expect(description).toHaveValue('空调外机噪音很大。\n要求上门检修。');
    await expect(intake.confirmation).toHaveCount(0);
    await page.keyboard.press('Control+Enter');
    const first = await intake.confirmedCaseNumber();
    await expect(intake.field('customerName')).toBeFocused();
    // The next caller's name is typed at once, without reaching for the mouse.
    await page.keyboard.type('林女士');
    await expect(intake.field('customerName')).toHaveValue('林女士');
    await intake.field('phone').fill('13712340000');
    await description.fill('快递员未经同意将包裹放在驿站。');
    await description.press('Meta+Enter');
    const second = await intake.confirmedCaseNumber();
    expect(second).not.toBe(first);
    await expect(intake.field('customerName')).toBeFocused();
    await expect(page.getByText('在填写的栏目中按 Ctrl+Enter（Mac 为 ⌘+Enter）即可登记；只按 Enter 不会提交。')).toBeVisible();
  });

  test('the repeat hint names the customer of each earlier case: one phone, two people of a family', async ({ desk, page }) => {
    const { intake } = desk;
    await desk.shell.visit('intake');
    const father = await intake.register({ customerName: '黄建国', phone: '13512345678', description: '热水器漏水。' });
    const son = await intake.register({ customerName: '黄小明', phone: '13512345678', description: '手机屏幕碎裂，要求换货。' });
    await intake.field('phone').fill('13512345678');
    const repeats = page.getByRole('complementary', { name: '重复投诉' });
    const entries = repeats.getByTestId('repeat-case');
    await expect(entries).toHaveCount(2);
    // Received within the same second, they may come in either order.
    await expect(entries.filter({ hasText: son })).toContainText('黄小明');
    await expect(entries.filter({ hasText: son })).not.toContainText('黄建国');
    await expect(entries.filter({ hasText: father })).toContainText('黄建国');
  });
});
