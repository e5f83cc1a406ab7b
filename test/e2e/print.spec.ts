import { expect, test } from './fixtures';
import { bodyText, printFlow, squash, type PdfPage, type PrintCaseFixture } from './pages/print';

const MM = 72 / 25.4;

/** The forms' titles as the service centre reads them on paper. */
const TITLES = {
  zh: { registration: '客户投诉登记表', grading: '投诉分类定级表', plan: '处理方案审批表', progress: '投诉处理进度跟踪表', survey: '客户满意度调查表' },
  en: {
    registration: 'Complaint registration form',
    grading: 'Complaint grading form',
    plan: 'Handling plan approval form',
    progress: 'Complaint progress tracking form',
    survey: 'Customer satisfaction survey',
  },
};

/** A case whose every text is recognisable on paper; the description alone runs over several A4 pages. */
const CASE: PrintCaseFixture = {
  customerName: '陈晓燕',
  phone: '13912345678',
  email: 'chen.xy@example.com',
  product: '冰箱BCD-520',
  orderNo: 'JD20261123001',
  description: `客户反映冰箱在配送途中丢失，多次联系物流未果。${'配送员称已签收但客户从未收到货物，客户要求调取签收记录并尽快补发。'.repeat(120)}末尾标记：全文打印完整。`,
  demandNote: '希望三日内补发',
  rationale: '货值较高且客户投诉至监管部门，定为重大。',
  measures: ['调取签收记录', '补发同型号冰箱', '赠送二百元优惠券'],
  resources: '仓库备货一台，物流专车一辆',
  legalOpinion: '签收记录存疑，建议先行补发以免纠纷扩大。',
  progress: Array.from({ length: 40 }, (_, i) => `第${i + 1}次跟进：已与仓库和物流核对进度，编号P${String(i + 1).padStart(2, '0')}。`),
  pauseReason: '等待客户提供收货地址',
  resumeNote: '客户已提供新地址',
  extensionReason: '同型号缺货，需从外省调货',
  decisionNote: '同意延期四天',
  summary: '已补发冰箱并致歉，客户签收',
  result: '已补发并赠送优惠券，客户表示认可',
  comment: '希望物流签收流程更严格',
};

/**
 * Every page carries the header (centre, title, case number), its page number alone in the bottom margin, and no word lies
 * outside the printable area: the 15 mm margins of the default settings. Word boxes from pdftotext are as
 * tall as the font's ascent and descent, so their vertical centre is what is compared.
 */
function expectFramed(pages: PdfPage[], title: string, no: string | null, pageWord: (page: number, pages: number) => string) {
  const margin = 15 * MM;
  pages.forEach((page, i) => {
    for (const header of [title, '客户服务中心', ...(no ? [no] : [])]) expect(page.text).toContain(squash(header));
    const centre = (w: PdfPage['words'][number]) => (w.yMin + w.yMax) / 2;
    const footer = page.words.filter((w) => centre(w) > page.height - margin);
    expect(footer.map((w) => w.text).join('')).toBe(squash(pageWord(i + 1, pages.length)));
    // Glyph boxes may overhang the line box by a fraction of a point.
    const outside = page.words.filter(
      (w) => w.xMin < margin - 2 || w.xMax > page.width - margin + 2 || centre(w) < margin || centre(w) > page.height - 2 * MM,
    );
    expect(outside, `page ${i + 1}`).toEqual([]);
  });
}

const text = (pages: PdfPage[], title: string) => bodyText(pages, title, 15 * MM);

/** Every value is on the form (blanks removed: the layout breaks lines anywhere). */
function expectValues(pages: PdfPage[], title: string, values: string[]) {
  const body = text(pages, title);
  expect(values.filter((value) => !body.includes(squash(value)))).toEqual([]);
}

test.describe('printed complaint forms', () => {
  test.setTimeout(120_000);

  test('every form of a handled case prints every value, framed on every page, in Chinese and in English', async ({ desk, page }) => {
    await desk.shell.visit('intake');
    const flow = printFlow(page);
    const { id, no } = await flow.handle(CASE);
    const zhPage = (p: number, n: number) => `第 ${p} 页 / 共 ${n} 页`;

    const registration = await flow.pdf(`/print/case/${id}/registration`);
    expect(registration.length).toBeGreaterThan(1);
    expectFramed(registration, TITLES.zh.registration, no, zhPage);
    await expect(page.getByRole('img', { name: `投诉单号 ${no}` })).toHaveAttribute('data-qr', no);
    // The description runs over pages and is printed whole: read the value column, across the page breaks.
    const valueColumn = 15 * MM + (registration[0]!.width - 30 * MM) * 0.2 - 1;
    expect(bodyText(registration, TITLES.zh.registration, 15 * MM, valueColumn)).toContain(squash(CASE.description));
    expectValues(registration, TITLES.zh.registration, ['客户服务中心', CASE.customerName, CASE.phone, CASE.email, CASE.product, CASE.orderNo, '¥1,280.50', CASE.demandNote, '企业', '现场', '退款', '重大', '客户签字', '受理人签字']);
    // The long description starts on the first page, where it stands, rather than leaving the page half empty.
    expect(registration[0]!.text).toContain(squash(CASE.description.slice(0, 40)));
    // The signature lines never stand alone on a page: the form's last row comes with them.
    const signed = registration.find((p) => p.text.includes('客户签字'))!;
    expect(signed.text).toContain('客户回执');

    const grading = await flow.pdf(`/print/case/${id}/grading`);
    expectFramed(grading, TITLES.zh.grading, no, zhPage);
    // The description under the summary starts on the first page here too, not after a page left empty.
    expect(grading[0]!.text).toContain(squash(CASE.description.slice(0, 40)));
    expectValues(grading, TITLES.zh.grading, ['物流配送', '丢件', '重大', CASE.rationale, '物流配送部', '孙总监', '李客服']);

    const plan = await flow.pdf(`/print/case/${id}/plan`);
    expectFramed(plan, TITLES.zh.plan, no, zhPage);
    expectValues(plan, TITLES.zh.plan, [...CASE.measures, CASE.resources, CASE.legalOpinion, '周法务', '钱运营', '财务部、客服中心', '¥200.00']);

    const progress = await flow.pdf(`/print/case/${id}/progress`);
    expect(progress.length).toBeGreaterThan(2);
    expectFramed(progress, TITLES.zh.progress, no, zhPage);
    expect(progress[0]!.text).toContain(squash(CASE.description.slice(0, 40)));
    expect(progress.at(-1)!.text).toContain('主管审核签字');
    expectValues(progress, TITLES.zh.progress, [...CASE.progress, CASE.pauseReason, CASE.resumeNote, CASE.extensionReason, CASE.decisionNote, CASE.summary, '赵主管', '已批准', '处理时限', '按时完成']);
    // The column headers of the progress list repeat on the pages it continues on.
    expect(progress.filter((p) => p.text.includes('记录人')).length).toBeGreaterThan(1);

    const survey = await flow.pdf(`/print/case/${id}/survey`);
    expectFramed(survey, TITLES.zh.survey, no, zhPage);
    expectValues(survey, TITLES.zh.survey, [CASE.result, CASE.comment, '处理效率', '解决程度', '沟通态度', '补偿合理性', '5分', '4分', '3分', '2分', '回访人签字']);

    const blank = await flow.pdf('/print/blank/registration');
    // A walk-in customer fills in one sheet.
    expect(blank).toHaveLength(1);
    expectFramed(blank, TITLES.zh.registration, null, zhPage);
    const blankText = text(blank, TITLES.zh.registration);
    expect(blankText).not.toContain(CASE.customerName);
    // The intake screen's order: reception, customer, complaint, assessment.
    const order = ['受理时间', '客户姓名', '投诉内容', '初判严重程度'].map((label) => blankText.indexOf(label));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThanOrEqual(0);

    const blankSurvey = await flow.pdf('/print/blank/survey');
    expectFramed(blankSurvey, TITLES.zh.survey, null, zhPage);
    expect(text(blankSurvey, TITLES.zh.survey)).toContain('补偿合理性');

    // A user working in English prints the forms in Chinese, unless the centre chose each user's language.
    await page.goto('/#/intake');
    await desk.shell.switchLanguage('English');
    expectFramed(await flow.pdf(`/print/case/${id}/survey`), TITLES.zh.survey, no, zhPage);
    await flow.formsInUiLanguage();
    const enPage = (p: number, n: number) => `Page ${p} of ${n}`;
    const enGrading = await flow.pdf(`/print/case/${id}/grading`);
    expectFramed(enGrading, TITLES.en.grading, no, enPage);
    expectValues(enGrading, TITLES.en.grading, ['Logistics', 'Major', CASE.rationale]);
    const enSurvey = await flow.pdf(`/print/case/${id}/survey`);
    expectFramed(enSurvey, TITLES.en.survey, no, enPage);
    expectValues(enSurvey, TITLES.en.survey, ['Efficiency', CASE.result, '5/5']);
    const enRegistration = await flow.pdf(`/print/case/${id}/registration`);
    expectFramed(enRegistration, TITLES.en.registration, no, enPage);
    expectValues(enRegistration, TITLES.en.registration, [CASE.customerName, CASE.orderNo, 'Walk-in', 'Business']);

    // The old route without a form still prints the registration form.
    await page.goto(`/#/print/case/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.en.registration);
    await page.goto(`/#/print/case/${id}/nonsense`);
    await expect(page.getByRole('alert')).toContainText('nonsense');
  });
});
