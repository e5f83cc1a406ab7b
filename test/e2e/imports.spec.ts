import { encodeXlsx } from '../../src-renderer/ui/export/xlsx';
import { expect, test } from './fixtures';
import { IMPORT_LABELS, importWizard } from './pages/imports';

test.use({ signedInAs: 'supervisor' });

const DAY = 86_400_000;
const SHANGHAI = 8 * 3_600_000;
/** The calendar day `n` days ago in China, as `2026-11-23` (recent, so closed cases are not archived yet). */
const daysAgo = (n: number) => new Date(Date.now() - n * DAY + SHANGHAI).toISOString().slice(0, 10);
const caseNo = (day: string) => `TS-${day.replaceAll('-', '')}-0001`;

test('a messy CSV: the error report lists its problems, the valid rows are imported and listed in the tracking table', async ({ desk, page }) => {
  test.setTimeout(120_000);
  const wizard = importWizard(page);
  const [d1, d2, d3, d4] = [daysAgo(12), daysAgo(10), daysAgo(8), daysAgo(6)];
  const csv = [
    '工单号,受理时间,来源,客户,手机,问题描述,级别,处理状态,办结时间,处理意见',
    `GD-001,${d1} 09:30,电话,李四,13812345678,空调漏水,一般,已结案,${d2} 15:00,已上门维修`,
    `GD-002,${d2} 14:20,传真,王五,13812345678,快递丢件,一般,,,`,
    'GD-003,上周三,邮件,赵六,13812345678,发票开错,严重,,,',
    `GD-004,${d3.replace('-', '年').replace('-', '月')}日 10时05分,在线客服,孙七,010-12345678,客服态度差,重大,处理中,,`,
    `GD-001,${d3},电话,周八,13812345678,重复的单号,一般,,,`,
    `GD-005,${d4.replaceAll('-', '')},app,吴九,13812345678,退款未到账,一般,,,`,
  ].join('\r\n');

  await desk.shell.visit('tracking');
  await wizard.open();
  await wizard.chooseFile('2025台账.csv', Buffer.from(`\uFEFF${csv}\r\n`, 'utf8'));
  await expect(wizard.main.getByTestId('import-file')).toHaveText('2025台账.csv：6 行数据，10 列');
  await wizard.toMapping();
  await expect(wizard.mappedColumn('原系统编号')).toHaveValue('工单号');
  await expect(wizard.mappedColumn('投诉时间')).toHaveValue('受理时间');
  await expect(wizard.mappedColumn('结案时间')).toHaveValue('办结时间');
  await wizard.toCheck();

  const unknownChannel = '无法识别“传真”。可填写：电话、邮件、在线客服、应用/小程序、社交媒体、信函、现场、12315转办或其他；也可以在上一步“对应取值”中把它对应到系统的取值。';
  const badDate = '无法识别的日期，请写成 2026-11-23 10:05、2026/11/23 或 2026年11月23日 这样的形式。';
  const duplicate = '原系统编号重复：系统中或文件前面的行已有此编号。';
  expect(await wizard.errorRows()).toEqual([
    ['3', '来源', '传真', unknownChannel],
    ['4', '受理时间', '上周三', badDate],
    ['6', '工单号', 'GD-001', duplicate],
  ]);
  await expect(wizard.main.getByRole('radio', { name: '有错误则全部不导入' })).toBeDisabled();

  const report = await wizard.downloadReport();
  expect(report.name).toBe('导入错误报告-2025台账.csv');
  expect(report.text.split('\r\n')).toEqual([
    '\uFEFF行号,列,内容,原因',
    `3,来源,传真,${unknownChannel}`,
    `4,受理时间,上周三,${badDate}`,
    `6,工单号,GD-001,${duplicate}`,
    '',
  ]);

  await wizard.start();
  await wizard.expectDone(3, 3);
  await wizard.openTracking();
  await desk.tracking.expectLoaded();
  await desk.tracking.expectCases([caseNo(d4), caseNo(d3), caseNo(d1)]);
  await expect(desk.tracking.cell(caseNo(d1), 'status')).toHaveText('已关闭');
  await expect(desk.tracking.cell(caseNo(d3), 'customer')).toHaveText('孙七 010-12345678');

  // The case says where it came from: its creation is an event of the import job's audit chain.
  await desk.tracking.openCase(caseNo(d3));
  await expect(desk.casePage.timelineTitles).toHaveText(['从历史数据导入']);
  await expect(desk.casePage.timeline.getByText('导入文件第 5 行，原系统编号 GD-004；导入作业的审计链记录了本投诉单。', { exact: true })).toBeVisible();
  // The old number is on the case itself, where an agent reads what the customer quotes.
  await expect(desk.casePage.valueIn('受理登记', '原系统编号')).toHaveText('GD-004');
});

test('an Excel workbook with English headers imports its valid rows', async ({ desk, page }) => {
  test.setTimeout(120_000);
  const wizard = importWizard(page);
  const at = (n: number, hour: number) => new Date(`${daysAgo(n)}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  const xlsx = await encodeXlsx({
    name: 'Complaints',
    columns: ['Case No', 'Received', 'Channel', 'Customer', 'Phone', 'Complaint', 'Severity', 'Status', 'Closed'].map((header) => ({ header })),
    rows: [
      [
        ['', at(9, 9), 'Phone', 'Zhang San', '13812345678', 'Parcel three days late', 'General', 'Open', null],
        ['', at(7, 11), 'Email', 'Li Si', '13912345678', 'Kettle arrived broken', 'Major', 'Closed', at(5, 16)],
        ['', 'not a date', 'Fax', 'Wang Wu', '13812345678', 'Wrong invoice', 'General', '', null],
      ],
    ],
  });

  await desk.shell.visit('tracking');
  await wizard.open();
  await wizard.chooseFile('history.xlsx', Buffer.from(xlsx), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  await expect(wizard.main.getByTestId('import-file')).toHaveText('history.xlsx：3 行数据，9 列');
  await wizard.toMapping();
  await expect(wizard.mappedColumn('投诉单号')).toHaveValue('Case No');
  await expect(wizard.mappedColumn('客户姓名')).toHaveValue('Customer');
  await wizard.toCheck();
  expect((await wizard.errorRows()).map(([row, column, value]) => [row, column, value])).toEqual([
    ['4', 'Received', 'not a date'],
    ['4', 'Channel', 'Fax'],
  ]);
  await wizard.start();
  await wizard.expectDone(2, 1);
  await wizard.openTracking();
  await desk.tracking.expectCases([caseNo(daysAgo(7)), caseNo(daysAgo(9))]);
  await expect(desk.tracking.cell(caseNo(daysAgo(7)), 'severity')).toHaveText('重大');
});

test('an old ledger’s own words: its category 快递问题 matched to 物流配送 and its level A级 to 重大, the rows import with them', async ({ desk, page }) => {
  test.setTimeout(120_000);
  const wizard = importWizard(page);
  const [d1, d2, d3] = [daysAgo(9), daysAgo(7), daysAgo(5)];
  const csv = [
    '工单号,受理时间,来源,客户,手机,问题描述,投诉类别,级别',
    `KD-001,${d1} 09:30,电话,李四,13812345678,快递三天未到,快递问题,一般`,
    `KD-002,${d2} 10:00,电话,王五,13912345678,包裹被压坏,快递问题,A级`,
    `KD-003,${d3} 11:00,电话,赵六,13812345679,客服挂电话,服务态度,A级`,
  ].join('\r\n');

  await desk.shell.visit('tracking');
  await wizard.open();
  await wizard.chooseFile('快递台账.csv', Buffer.from(`\uFEFF${csv}\r\n`, 'utf8'));
  await wizard.toMapping();
  await wizard.toValues();
  expect(await wizard.unknownValues('投诉类别')).toEqual([['快递问题', '2', '第 2 行']]);
  expect(await wizard.unknownValues('严重程度')).toEqual([['A级', '2', '第 3 行']]);
  // 快递 names 物流配送: offered, and marked as a guess; A级 says no level, so it waits for the user.
  await expect(wizard.valueTarget('快递问题')).toHaveValue('物流配送');
  await expect(wizard.valueRow('投诉类别', '快递问题').getByText(IMPORT_LABELS.suggested, { exact: true })).toBeVisible();
  await expect(wizard.valueTarget('A级')).toHaveValue('');
  await wizard.matchValue('A级', '重大');

  await wizard.toCheck();
  await expect(wizard.main.getByText('没有发现错误，全部 3 行都可以导入。')).toBeVisible();
  await wizard.start();
  await wizard.expectDone(3, 0);
  await wizard.openTracking();
  await desk.tracking.expectLoaded();
  await expect(desk.tracking.cell(caseNo(d2), 'category')).toHaveText('物流配送');
  await expect(desk.tracking.cell(caseNo(d2), 'severity')).toHaveText('重大');
  await desk.tracking.openCase(caseNo(d1));
  await expect(desk.casePage.valueIn('受理登记', '初判类别')).toHaveText('物流配送');

  // The next ledger of the same system is offered the same matches.
  await wizard.open();
  await wizard.chooseFile('快递台账2.csv', Buffer.from(`\uFEFF${csv.replaceAll('KD-', 'KX-')}\r\n`, 'utf8'));
  await wizard.toMapping();
  await wizard.toValues();
  await expect(wizard.valueTarget('A级')).toHaveValue('重大');
  await expect(wizard.valueRow('严重程度', 'A级').getByText(IMPORT_LABELS.remembered, { exact: true })).toBeVisible();
});
