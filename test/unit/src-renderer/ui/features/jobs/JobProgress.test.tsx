import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { DeskDb } from '../../../../../../src-renderer/store/db';
import { caseIndexFor, setIndexBuildChunk } from '../../../../../../src-renderer/store/search/case-index';
import { similarIndexFor } from '../../../../../../src-renderer/store/assist/similar-index';
import { BACKGROUND_CHUNK } from '../../../../../../src-renderer/store/core/case-chunks';
import { SimilarCases } from '../../../../../../src-renderer/ui/features/assist/SimilarCases';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';
import { BackupStatusPanel } from '../../../../../../src-renderer/ui/features/settings/backup/BackupStatusPanel';
import { useStoreQuery } from '../../../../../../src-renderer/ui/data/hooks';
import { ADMIN, renderWithStore, type Rendered } from '../../render';
import { randomCases } from '../../../store/search/random-cases';
import { Desk } from '../dashboard/kit';
import { count, Page, setUpTrackingTests } from '../tracking/helpers';

const TEXTS = ['快递三天未送达。', '客服态度冷淡，问题一直没有解决。'];
const CASES = 1_500;
/** Cases per read of the index build here: thirty reads. */
const SLICE = 50;

setUpTrackingTests();

/**
 * A desk of `CASES` cases whose tracking index is read again by the first query after the UI
 * renders, as after a start of a large desk: the table waits for the build. Halfway (15 of 30
 * reads) a writer takes the cases table and keeps it until `resume()`: the build's next read
 * waits behind it, so the page is seen while it waits, at exactly 50%.
 */
function largeDesk(slice = SLICE) {
  let armed = false;
  let reads = 0;
  let released = false;
  return {
    resume: () => void (released = true),
    prepare: async (db: DeskDb) => {
      const hold = () =>
        db.transaction('rw', db.cases, async () => {
          while (!released) await db.cases.get('-');
        });
      db.use({
        stack: 'dbcore',
        name: 'hold-cases-halfway',
        create: (down) => ({
          ...down,
          table: (name) => {
            const table = down.table(name);
            if (name !== 'cases') return table;
            return {
              ...table,
              query: (request) => {
                if (armed && request.limit === slice && ++reads === 15) Dexie.ignoreTransaction(() => void hold());
                return table.query(request);
              },
            };
          },
        }),
      });
      await db.cases.bulkPut(randomCases(CASES, TEXTS, 3, Date.now()));
      setIndexBuildChunk(db, SLICE);
    },
    seed: async (host: Rendered['host']) => {
      await caseIndexFor(host.db).prepare();
      caseIndexFor(host.db).markChanged(['*']);
      armed = true;
    },
  };
}

const percentOf = (status: HTMLElement) => Number(status.getAttribute('data-percent'));

describe('progress while the store host works', { timeout: 120_000 }, () => {
  it('the tracking table shows 正在建立索引 n% with a bar until its first answer, then the rows', async () => {
    const desk = largeDesk();
    await renderWithStore(<Page />, desk);
    const status = await screen.findByText('正在建立索引 50%（已读入 750 / 1,500 宗投诉；程序启动后只需建立一次）');
    expect(screen.getByRole('progressbar', { name: '正在建立索引 50%' }).getAttribute('aria-valuenow')).toBe('50');
    expect(screen.queryByTestId('case-count')).toBeNull();
    desk.resume();
    await waitFor(() => expect(status.isConnected).toBe(false));
    await waitFor(() => expect(count()).toMatch(/^共 [\d,]+ 宗投诉$/), { timeout: 60_000 });
    expect(screen.queryByText(/^正在建立索引/)).toBeNull();
  });

  it('the dashboard says the same in English while its figures wait', async () => {
    window.location.hash = '#/dashboard';
    await initI18n('en');
    const desk = largeDesk();
    await renderWithStore(<Desk />, { ...desk, language: 'en' });
    const status = await screen.findByText('Building the index 50% (750 of 1,500 complaints read; needed once after each start)');
    expect(percentOf(status)).toBe(50);
    desk.resume();
    await waitFor(() => expect(screen.queryByText(/^Building the index/)).toBeNull(), { timeout: 60_000 });
  });

  it('shows nothing of the kind on a small desk, whose index is ready before anyone looks', async () => {
    await renderWithStore(<Page />);
    await waitFor(() => expect(count()).toBe('共 0 宗投诉'));
    expect(screen.queryByText(/正在建立索引/)).toBeNull();
  });

  it('备份到文件 shows a bar with its phase and figure, and the step it is at', async () => {
    const rendered = await renderWithStore(<BackupPanel />, { prepare: largeDesk().prepare });
    await rendered.store.send('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    rendered.host.hub.publish([{ area: 'backups', ids: ['*'] }]);
    let choose: () => void = () => undefined;
    const chosen = new Promise<void>((resolve) => (choose = resolve));
    // The browser's download is handed over when the test "chooses".
    const saveFile = vi.spyOn(rendered.platform as Required<typeof rendered.platform>, 'downloadBlob').mockImplementation(async () => void (await chosen));
    fireEvent.click(await screen.findByRole('button', { name: '备份到文件…' }));
    const panel = screen.getByRole('region', { name: '最近一次备份' });
    const status = await within(panel).findByText(/^(正在读取数据|正在压缩打包) \d+%（第 [12]\/2 步）$/);
    const percent = percentOf(status);
    const bar = within(panel).getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe(String(percent));
    expect(bar.getAttribute('aria-label')).toBe(status.textContent!.replace(/ \d+%（.*$/, ''));
    // What the job is stays said under the bar.
    expect(within(panel).getByText(/^正在备份整个数据库/)).toBeTruthy();
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1), { timeout: 60_000 });
    // Made, waiting for the download: the bar stays full, not back to "starting".
    expect(await within(panel).findByText('正在压缩打包 100%（第 2/2 步）')).toBeTruthy();
    choose();
    await waitFor(() => expect(within(panel).queryByRole('progressbar')).toBeNull());
  });
});

describe('相似案例 while its index is built', { timeout: 120_000 }, () => {
  it('shows 正在建立相似案例索引 n% with a bar until the similar cases answer', async () => {
    // The similar-cases index reads BACKGROUND_CHUNK (100) cases at a time; a read of that size is held partway.
    const desk = largeDesk(BACKGROUND_CHUNK);
    const prepare = async (db: DeskDb) => {
      await desk.prepare(db);
      await db.cases.bulkPut(randomCases(CASES, TEXTS, 4, Date.now()));
    };
    const seed = async (host: Rendered['host']) => {
      await similarIndexFor(host.db).prepare();
      similarIndexFor(host.db).markChanged(['*']);
      await desk.seed(host);
    };
    let caseId = '';
    await renderWithStore(<SimilarOf id={() => caseId} />, {
      prepare: async (db) => {
        await prepare(db);
        caseId = (await db.cases.toCollection().first())!.id;
      },
      seed,
    });
    let status: HTMLElement;
    try {
      status = await screen.findByText(/^正在建立相似案例索引 \d+%（已读入 [\d,]+ \/ 3,000 宗投诉；程序启动后只需建立一次）$/);
      // Held partway (which read of 100 is held depends on the other readers of the cases table): a figure between none and all, as the bar shows.
      const percent = percentOf(status);
      expect(percent).toBeGreaterThan(0);
      expect(percent).toBeLessThan(100);
      const done = Number(/已读入 ([\d,]+)/.exec(status.textContent!)![1]!.replaceAll(',', ''));
      expect(percent).toBe(Math.floor((done / 3_000) * 100));
      expect(screen.getByRole('progressbar', { name: `正在建立相似案例索引 ${percent}%` }).getAttribute('aria-valuenow')).toBe(String(percent));
    } finally {
      desk.resume();
    }
    await waitFor(() => expect(status.isConnected).toBe(false), { timeout: 60_000 });
    expect(screen.queryByText(/^正在建立相似案例索引/)).toBeNull();
  });
});

function SimilarOf({ id }: { id: () => string }) {
  return <SimilarCases caseId={id()} />;
}

function BackupPanel() {
  const status = useStoreQuery('backup.status', {}, 'backup.status');
  return <BackupStatusPanel status={status} />;
}
