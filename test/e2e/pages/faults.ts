import type { Page } from '@playwright/test';

/** What the form shows when the store host died under a command (errors.store.restarted), written out. */
export const RESTARTED_MESSAGE = {
  zh: '本地数据服务刚刚重启，本次操作可能未保存，请检查后重试。',
  en: 'The local data service has just restarted; this action may not have been saved. Check and try again.',
} as const;

export interface BurstResult {
  /** Commands that reported success: each must be in the data. */
  saved: Array<{ id: string; no: string }>;
  /** Commands that reported a failure, by error code (they may or may not have committed). */
  failed: string[];
  /** How many had committed when the store host was killed. */
  killedAfter: number;
}

export interface CaseCheck {
  id: string;
  no: string | null;
  /** `audit.verify` of the case's chain. */
  chainOk: boolean;
  /** Commands in the case's audit timeline. */
  commands: string[];
}

/**
 * Faults in the browser harness: the store host (a dedicated Worker) is killed
 * through the test hook of the web harness build, which terminates it without
 * telling the page, as a crash would; the platform's watchdog has to notice.
 */
export function faults(page: Page) {
  return {
    async killStore() {
      await page.evaluate(() => window.__deskTest!.killStore());
    },

    /**
     * Registers `total` complaints through the app's store client with `lanes`
     * calls in flight at all times, and kills the store host as soon as
     * `killAfter` of them have committed. The lanes keep going through the
     * restart, so the burst spans it.
     */
    burst(total: number, lanes: number, killAfter: number): Promise<BurstResult> {
      return page.evaluate(
        async ({ total, lanes, killAfter }) => {
          const { store } = window.__desk!;
          const result: BurstResult = { saved: [], failed: [], killedAfter: -1 };
          let issued = 0;
          const lane = async () => {
            while (issued < total) {
              const i = issued++;
              try {
                const created = await store.send('cases.register', {
                  receivedAt: Date.now() - 60_000,
                  channel: 'phone',
                  customerName: `压测客户${i}`,
                  phone: '13812345678',
                  email: '',
                  description: `批量登记第 ${i} 宗：快递三天未送达。`,
                  severity: 'general',
                });
                result.saved.push({ id: created.id, no: created.no });
              } catch (error) {
                result.failed.push((error as { data?: { code?: string } }).data?.code ?? String(error));
              }
              if (result.killedAfter < 0 && result.saved.length >= killAfter) {
                result.killedAfter = result.saved.length;
                window.__deskTest!.killStore();
              }
            }
          };
          await Promise.all(Array.from({ length: lanes }, lane));
          return result;
        },
        { total, lanes, killAfter },
      );
    },

    /** Every case in the store (ids), read through the app's store client (the bursts here stay under one window). */
    caseIds(): Promise<string[]> {
      return page.evaluate(async () => {
        const answer = await window.__desk!.store.send('tracking.rows', { query: {}, count: 1000 });
        if (answer.total > answer.rows.length) throw new Error(`more cases than one window: ${answer.total}`);
        return answer.rows.map((row) => row.id);
      });
    },

    /** A case as one unit: it exists, its audit chain verifies, and its timeline has its events. */
    checkCase(id: string): Promise<CaseCheck> {
      return page.evaluate(async (caseId) => {
        const { store } = window.__desk!;
        const found = await store.send('cases.get', { id: caseId });
        const report = await store.send('audit.verify', { subject: caseId });
        const events = await store.send('audit.forCase', { caseId });
        return { id: caseId, no: found.no, chainOk: report.ok, commands: events.map((event) => event.command) };
      }, id);
    },
  };
}
