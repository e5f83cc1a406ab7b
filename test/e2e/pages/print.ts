import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { PASSWORD, STAFF, type StaffRole } from './auth';

/** What the fixture case is registered and handled with; every value must come out on paper. */
export interface PrintCaseFixture {
  customerName: string;
  phone: string;
  email: string;
  product: string;
  orderNo: string;
  description: string;
  demandNote: string;
  rationale: string;
  measures: string[];
  resources: string;
  legalOpinion: string;
  progress: string[];
  pauseReason: string;
  resumeNote: string;
  extensionReason: string;
  decisionNote: string;
  summary: string;
  result: string;
  comment: string;
}

/** One PDF page's words with their boxes (points), as `pdftotext -bbox` reads them. */
export interface PdfPage {
  width: number;
  height: number;
  text: string;
  words: Array<{ xMin: number; yMin: number; xMax: number; yMax: number; text: string }>;
}

/** The pages of a PDF as poppler reads them; blanks dropped from the text (layout splits lines anywhere). */
export function pdfPages(pdf: Buffer): PdfPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'forms-pdf-'));
  try {
    const file = join(dir, 'form.pdf');
    writeFileSync(file, pdf);
    const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) => {
      const words = [...body!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map(
        ([, xMin, yMin, xMax, yMax, text]) => ({ xMin: +xMin!, yMin: +yMin!, xMax: +xMax!, yMax: +yMax!, text: unescape(text!) }),
      );
      return { width: +width!, height: +height!, words, text: words.map((w) => w.text).join('') };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * The form's own text across all pages, without the header and the page number repeated on each page, so a
 * long text that continues on the next page reads as one. The header ends with the form's title. `minX`
 * leaves out the label column, whose labels would otherwise interrupt a value running over a page break.
 */
export function bodyText(pages: PdfPage[], title: string, marginPt: number, minX = 0): string {
  const centre = (w: PdfPage['words'][number]) => (w.yMin + w.yMax) / 2;
  const lastWord = title.split(/\s+/).at(-1)!;
  return pages
    .map((page) => {
      let text = '';
      // The title's last word nearest the top of the page ends the header.
      const headerEnd = Math.min(...page.words.filter((w) => w.text === lastWord).map(centre));
      for (const w of page.words) if (centre(w) > headerEnd + 1 && centre(w) < page.height - marginPt && w.xMin >= minX) text += w.text;
      return text;
    })
    .join('');
}

/** Drives a case through the whole loop with the store API, each step as a member of staff whose role may take it. */
export function printFlow(page: Page) {
  /** Runs a store command as `role`; each role signs in once, its session kept in the page for the next command. */
  async function as<T>(role: StaffRole, command: string, args: Record<string, unknown>): Promise<T> {
    return page.evaluate(
      async ({ username, password, command, args }) => {
        const store = window.__desk!.store;
        const w = window as unknown as { printTokens?: Record<string, { token: string; id: string }>; printActing?: string };
        const tokens = (w.printTokens ??= {});
        // The store host keeps one session per window: signing in or resuming switches who this window acts as.
        if (w.printActing !== username) {
          if (tokens[username]) await store.send('auth.resume', { token: tokens[username].token });
          else {
            const { token, actor } = await store.send('auth.signIn', { username, password });
            tokens[username] = { token, id: actor.id };
          }
          w.printActing = username;
        }
        if (command === 'whoami') return tokens[username]!.id;
        // Forty progress entries in one round trip from the test.
        if (command === 'progress.addMany') {
          const { caseId, texts } = args as { caseId: string; texts: string[] };
          for (const text of texts) await store.send('progress.add', { caseId, text });
          return null;
        }
        return (store.send as any)(command, args);
      },
      { username: STAFF[role].username, password: PASSWORD, command, args },
    ) as Promise<T>;
  }

  return {
    /** Registers the case and takes it to 已关闭 (or to 反馈回访 when `survey` is false); returns its id and number. */
    async handle(c: PrintCaseFixture, { survey = true }: { survey?: boolean } = {}): Promise<{ id: string; no: string }> {
      const now = await page.evaluate(() => Date.now());
      const { id, no } = await as<{ id: string; no: string }>('agent', 'cases.register', {
        receivedAt: now - 3_600_000,
        channel: 'walk_in',
        customerName: c.customerName,
        customerType: 'business',
        phone: c.phone,
        email: c.email,
        product: c.product,
        orderNo: c.orderNo,
        amount: 1280.5,
        description: c.description,
        demands: ['refund', 'apology'],
        demandNote: c.demandNote,
        severity: 'major',
      });
      const ownerId = await as<string>('agent', 'whoami', {});
      await as('agent', 'screening.accept', { caseId: id, note: '' });
      await as('agent', 'verification.complete', { caseId: id, conclusion: '情况属实' });
      await as('agent', 'grading.submit', { caseId: id, category: 'logistics', subCategory: '丢件', severity: 'major', rationale: c.rationale, department: '物流配送部' });
      await as('director', 'grading.approve', { caseId: id });
      await as('agent', 'plans.submit', {
        caseId: id,
        measures: c.measures,
        ownerId,
        department: '物流配送部',
        collaborators: ['财务部', '客服中心'],
        dueAt: now + 5 * 86_400_000,
        resources: c.resources,
        compensation: { type: 'voucher', amount: 200 },
        legalRisk: true,
      });
      await as('legal', 'plans.legalReview', { caseId: id, opinion: c.legalOpinion });
      await as('ops_director', 'plans.approve', { caseId: id });
      await as('agent', 'progress.addMany', { caseId: id, texts: c.progress });
      await as('agent', 'progress.pause', { caseId: id, reason: c.pauseReason });
      await as('agent', 'progress.resume', { caseId: id, note: c.resumeNote });
      const extended = await as<{ extensions: Array<{ id: string }> }>('agent', 'progress.requestExtension', {
        caseId: id,
        reason: c.extensionReason,
        newDueAt: now + 9 * 86_400_000,
      });
      await as('supervisor', 'progress.decideExtension', { caseId: id, requestId: extended.extensions[0]!.id, approve: true, note: c.decisionNote });
      await as('agent', 'plans.confirmCompensation', { caseId: id, outcome: 'paid', amount: 200, method: 'voucher_code', paidAt: Date.now(), reference: 'QJ-2026-0200' });
      const handled = await as<{ outcome: { at: number } }>('agent', 'progress.complete', { caseId: id, summary: c.summary });
      if (survey) {
        await as('agent', 'feedback.record', {
          caseId: id,
          channel: 'phone',
          result: c.result,
          // The callback tells the result: not dated before it was submitted (the store's clock, not the page's).
          at: handled.outcome.at,
          scores: { efficiency: 5, resolution: 4, attitude: 3, compensation: 2 },
          comment: c.comment,
          satisfied: true,
        });
      }
      // Back to the agent signed in in this window.
      await page.evaluate(async () => {
        const token = sessionStorage.getItem('complaint-desk:session');
        if (token) await window.__desk!.store.send('auth.resume', { token });
        (window as unknown as { printActing?: string }).printActing = undefined;
      });
      return { id, no };
    },

    /** Opens a print route and renders it to PDF as the print service does. */
    /** Settings → 打印 → 表单语言: each user's UI language (Chinese until then), set by the administrator. */
    async formsInUiLanguage(): Promise<void> {
      const { print } = await as<{ print: Record<string, unknown> }>('admin', 'settings.get', {});
      await as('admin', 'settings.update', { key: 'print', value: { ...print, formsLanguage: 'ui' } });
    },

    async pdf(route: string): Promise<PdfPage[]> {
      await page.goto(`/#${route}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      // PRINT_PDF_DIR=<dir> keeps each PDF, to look at the pages when a layout check fails.
      if (process.env.PRINT_PDF_DIR) writeFileSync(join(process.env.PRINT_PDF_DIR, `${route.replace(/\W+/g, '_')}.pdf`), pdf);
      return pdfPages(pdf);
    },
  };
}
