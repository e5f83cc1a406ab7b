/**
 * `npm run bench -- --cases 100000 --runs 9 --out bench.json`
 *
 * Measures the tracking table in headless Chromium against real IndexedDB
 * (on disk, as the desktop app keeps it; `--storage memory` for an in-memory
 * profile) through the store host API, every figure beside a baseline measured in the
 * same run (see README "Benchmarks"), checks the targets, writes JSON and
 * prints a table.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { loadComplaintTexts } from '../fixtures/reviews';
import { measureAlerts } from './alerts';
import { addAttachments, measureBackup } from './backups';
import { measureDashboard, measureMonthlyReport } from './dashboard';
import { heapMB, openHarness, summarize, type BenchStorage, type Figure } from './harness';
import { measureImport } from './imports';
import { seedDemoCases } from './seeding';
import {
  loadDexie,
  measureFirstPage,
  measureFloor,
  measureFullRead,
  measureIndexBuild,
  measureNaive,
  measureScroll,
  measureSearch,
  openRawDb,
  SEARCHES,
} from './tracking';
import { scrollTableEndToEnd } from './ui';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '9' },
    out: { type: 'string', default: 'bench.json' },
    // Rows of the historical-complaints CSV for importRowsPerSec (0 skips it); 10000 for a quick run.
    'import-rows': { type: 'string', default: '100000' },
    // Total MB of attachments (files of ~2 MB) added before the backup figures (0 skips them).
    'backup-mb': { type: 'string', default: '256' },
    // disk (default): IndexedDB on disk, as the desktop app keeps it; memory: an incognito profile (see BenchStorage).
    storage: { type: 'string', default: 'disk' },
  },
});
if (values.storage !== 'disk' && values.storage !== 'memory') throw new Error(`--storage must be disk or memory, not ${values.storage}`);
const storage: BenchStorage = values.storage;
const importRows = Number(values['import-rows']);
const backupMB = Number(values['backup-mb']);
if (!Number.isInteger(backupMB) || backupMB < 0) throw new Error(`--backup-mb must be a whole number of MB (0 skips the backup figures), not ${values['backup-mb']}`);
const cases = Number(values.cases);
const runs = Number(values.runs);
/** The whole-table scans of the baselines take seconds each at 100k; fewer runs keep the bench short. */
const naiveRuns = Math.max(1, Math.min(3, runs));

interface Entry {
  value: Figure;
  baseline: { name: string; value: Figure };
}

const one = (ms: number): Figure => summarize([ms]);

const benchStart = performance.now();
/** Runs one step of the bench, saying on stderr when it starts and how long it took: a long run shows where it is. */
async function step<T>(name: string, body: () => Promise<T> | T): Promise<T> {
  const at = () => `${((performance.now() - benchStart) / 1000).toFixed(1)} s`;
  process.stderr.write(`[bench ${at()}] ${name}…\n`);
  const t0 = performance.now();
  const value = await body();
  process.stderr.write(`[bench ${at()}] ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return value;
}

async function main(): Promise<void> {
  const harness = await openHarness(storage);
  const { page } = harness;
  try {
    const texts = loadComplaintTexts();
    // The alert scheduler runs in main (Node): measured here, before the browser work.
    const alerts = await step('alert scheduler', () => measureAlerts(cases, runs, texts));
    const seedStart = performance.now();
    await step('seeding', () => seedDemoCases(page, {
      count: cases,
      texts,
      seed: 2026,
      onProgress: (done: number) => process.stdout.write(`\rseeding ${done}/${cases}`),
    }));
    const seedMs = performance.now() - seedStart;
    process.stdout.write('\n');

    await openRawDb(page);
    const fullReadMs = await step('raw full read', () => measureFullRead(page));
    const indexBuildMs = await step('index build', () => measureIndexBuild(page));
    const now = Date.now();

    const first = await step('first page', () => measureFirstPage(page, runs, now));
    const floor = await step('floor', () => measureFloor(page, runs, first.ids));
    await loadDexie(page);
    const naive = await step('naive baseline', () => measureNaive(page, naiveRuns, now));
    const searches = [];
    for (const search of SEARCHES) searches.push({ ...search, samples: await step(`search ${search.name}`, () => measureSearch(page, runs, now, search)) });
    const naiveSearch = await step('naive search', () => measureNaive(page, naiveRuns, now, SEARCHES[0]!.text));
    const scroll = await step('scroll', () => measureScroll(page, runs, Math.floor(cases * 0.9)));
    const dashboard = await step('dashboard', () => measureDashboard(page, runs, now));
    const monthly = await step('monthly report', () => measureMonthlyReport(page, runs, now));

    const ui = await step('UI scroll', () => scrollTableEndToEnd(page));
    // Backups of the seeded desk with its attachments: before the import, which adds rows.
    const attachments =
      backupMB > 0
        ? await step('attachments', async () => {
            const added = await addAttachments(page, backupMB * 1024 * 1024, (done, files) => process.stdout.write(`\rattachments ${done}/${files}`));
            process.stdout.write('\n');
            return added;
          })
        : null;
    const backup = attachments ? await measureBackup(page, harness.context, naiveRuns, step) : null;
    const attachmentsMB = attachments && one(Math.round((attachments.bytes / 1024 / 1024) * 10) / 10);
    // Last: the import adds its rows to the cases every figure above reads.
    const imported = importRows > 0 ? await step('import', () => measureImport(page, { texts, rows: importRows, runs, now })) : null;
    const blank = await harness.context.newPage();
    await blank.goto('about:blank');
    const blankHeap = await heapMB(blank);

    const searchSamples = searches.flatMap((s) => s.samples);
    const figures: Record<string, Entry> = {
      seedMs: { value: one(seedMs), baseline: { name: 'perCaseMs', value: one(seedMs / cases) } },
      indexBuildMs: { value: one(indexBuildMs), baseline: { name: 'rawFullReadMs', value: one(fullReadMs) } },
      firstPageMs: { value: summarize(first.samples), baseline: { name: 'floorMs', value: summarize(floor) } },
      naiveMs: { value: summarize(naive), baseline: { name: 'firstPageMs', value: summarize(first.samples) } },
      searchMs: { value: summarize(searchSamples), baseline: { name: 'naiveSearchMs', value: summarize(naiveSearch) } },
      ...Object.fromEntries(
        searches.map((s) => [s.name, { value: summarize(s.samples), baseline: { name: 'naiveSearchMs', value: summarize(naiveSearch) } }]),
      ),
      scrollPageMs: { value: summarize(scroll.window), baseline: { name: 'offsetScanMs', value: summarize(scroll.offset) } },
      dashboardMs: { value: summarize(dashboard), baseline: { name: 'rawFullReadMs', value: one(fullReadMs) } },
      monthlyReportMs: { value: summarize(monthly), baseline: { name: 'rawFullReadMs', value: one(fullReadMs) } },
      uiHeapMB: { value: one(ui.heapAfterMB), baseline: { name: 'uiHeapBeforeScrollMB', value: one(ui.heapBeforeMB) } },
      feedValidateMs: { value: summarize(alerts.validateMs), baseline: { name: 'zodParseMs', value: summarize(alerts.zodMs) } },
      alertScheduleMs: { value: summarize(alerts.scheduleMs), baseline: { name: 'feedCopyMs', value: summarize(alerts.copyMs) } },
      alertScheduleAllMs: { value: summarize(alerts.scheduleAllMs), baseline: { name: 'feedCopyMs', value: summarize(alerts.copyMs) } },
      alertUpdateMs: { value: summarize(alerts.updateMs), baseline: { name: 'rescanMs', value: summarize(alerts.scanMs) } },
      feedReceiveMs: { value: summarize(alerts.receiveMs), baseline: { name: 'wholeFeedReceiveMs', value: summarize(alerts.receiveWholeMs) } },
      supervisorFeedEntries: { value: one(alerts.supervisorEntries), baseline: { name: 'feedEntries', value: one(cases) } },
      ...(backup &&
        attachmentsMB && {
          backupMs: { value: summarize(backup.backupMs), baseline: { name: 'rawCopyMs', value: summarize(backup.rawCopyMs) } },
          backupCheckMs: { value: summarize(backup.checkMs), baseline: { name: 'blobReadMs', value: summarize(backup.blobReadMs) } },
          // The store host Worker's JS heap (CDP Runtime.getHeapUsage every 200 ms), the peak of each backup run.
          backupPeakHeapMB: { value: summarize(backup.peakHeapMB), baseline: { name: 'attachmentsMB', value: attachmentsMB } },
          backupFileMB: { value: one(Math.round((backup.fileBytes / 1024 / 1024) * 10) / 10), baseline: { name: 'attachmentsMB', value: attachmentsMB } },
        }),
      ...(imported && {
        importRowsPerSec: { value: one(imported.rowsPerSec), baseline: { name: 'registerRowsPerSec', value: one(imported.registerRowsPerSec) } },
        readTableMs: { value: summarize(imported.readTableMs), baseline: { name: 'papaParseMs', value: summarize(imported.papaParseMs) } },
        // The floor of the same run: the imported records written again with plain IndexedDB calls.
        rawWriteRowsPerSec: { value: one(imported.rawWriteRowsPerSec), baseline: { name: 'importRowsPerSec', value: one(imported.rowsPerSec) } },
      }),
    };
    const median = (name: string) => figures[name]!.value.median;
    const floorMs = summarize(floor).median;
    const slowerSearch = Math.max(...searches.map((s) => summarize(s.samples).median));
    const targets = {
      'firstPageMs ≤ 100': median('firstPageMs') <= 100,
      'firstPageMs ≤ 3 × floorMs': median('firstPageMs') <= 3 * floorMs,
      'naiveMs / firstPageMs ≥ 20': median('naiveMs') / median('firstPageMs') >= 20,
      'searchMs ≤ 150 (slower of the 2- and 4-character queries)': slowerSearch <= 150,
      'scrollPageMs ≤ 30': median('scrollPageMs') <= 30,
      'uiHeapMB ≤ 150': median('uiHeapMB') <= 150,
      'dashboardMs ≤ 500 (12 months by day)': median('dashboardMs') <= 500,
      'monthlyReportMs ≤ 1000': median('monthlyReportMs') <= 1000,
      'alertScheduleMs < 50 (full feed)': median('alertScheduleMs') < 50,
      'alertUpdateMs < 50 (one changed entry)': median('alertUpdateMs') < 50,
      ...(imported && { [`importRowsPerSec ≥ 5000 (${importRows} CSV rows)`]: imported.rowsPerSec >= 5000 }),
    };
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
      storage,
      cases,
      runs,
      naiveRuns,
      // The figures the issue names, as medians with min/max, each beside its baseline.
      ...Object.fromEntries(Object.entries(figures).map(([name, entry]) => [name, { ...entry.value, baseline: entry.baseline }])),
      floorMs: summarize(floor),
      backup: backup &&
        attachments && {
          attachments: { files: attachments.files, cases: attachments.cases, mb: attachmentsMB!.median, addMs: Math.round(attachments.ms) },
          // What the backup held: the entries before zipping (manifest bytes) and the rows of each table.
          entriesMB: Math.round((backup.entryBytes / 1024 / 1024) * 10) / 10,
          counts: backup.counts,
          rows: backup.backupRows,
          // What the raw copy read: the same rows and files, unless the host wrote between the two.
          rawCopy: { rows: backup.rawRows, blobs: backup.rawBlobs, blobMB: Math.round((backup.rawBlobBytes / 1024 / 1024) * 10) / 10 },
          // The Worker's JS heap after a garbage collection before the first backup, and the peak of its
          // ArrayBuffers' backing stores (outside the JS heap: the zip's parts, a file's bytes) in each run.
          workerHeapBeforeMB: backup.heapBeforeMB,
          peakBuffersMB: summarize(backup.peakBuffersMB),
          heapSamples: backup.heapSamples,
        },
      import: imported && { rows: imported.rows, analyzeMs: imported.analyzeMs, checkMs: imported.checkMs, jobMs: imported.jobMs, totalMs: imported.totalMs },
      ui: { rowsRendered: ui.rowsSeen, lastRowReached: ui.lastRowSeen, rowsInTable: ui.totalRows },
      blankPageHeapMB: blankHeap,
      naiveOverFirstPage: Math.round((median('naiveMs') / median('firstPageMs')) * 10) / 10,
      firstPageOverFloor: Math.round((median('firstPageMs') / floorMs) * 100) / 100,
      targets,
    };
    writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);

    const show = (v: Figure) => (v.runs === 1 ? `${v.median}` : `${v.median} (${v.min}–${v.max})`);
    console.log(`\nComplaint Desk bench — ${cases} cases, ${runs} runs (${naiveRuns} for whole-table scans), IndexedDB on ${storage}\n`);
    console.table(
      Object.fromEntries(
        Object.entries(figures).map(([name, f]) => [name, { median: show(f.value), baseline: `${f.baseline.name} ${show(f.baseline.value)}` }]),
      ),
    );
    console.table(Object.fromEntries(Object.entries(targets).map(([rule, pass]) => [rule, { pass }])));
    console.log(`written to ${values.out}`);
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
