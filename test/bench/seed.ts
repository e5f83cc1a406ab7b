/**
 * `npm run seed -- --cases 100000 [--profile .profiles/demo] [--seed 2026] [--port 5199]`
 *
 * Fills a persistent Chromium profile with demo cases (descriptions from the
 * negative reviews in ../shared/data/reviews/) through the web harness's store
 * API. Open the profile afterwards with `npm run web` and
 * `chromium --user-data-dir=<profile> http://127.0.0.1:<port>/`: IndexedDB
 * belongs to the origin, so use the same port.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src-renderer/domain/demo/people';
import { loadComplaintTexts } from '../fixtures/reviews';
import { ADMIN, openDesk } from './harness';
import { seedDemoCases } from './seeding';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    profile: { type: 'string', default: '.profiles/demo' },
    seed: { type: 'string', default: '2026' },
    port: { type: 'string', default: '5199' },
  },
});

function integer(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  return value;
}

async function main(): Promise<void> {
  const cases = integer('cases', values.cases, 1, 1_000_000);
  const seed = integer('seed', values.seed, -(2 ** 31), 2 ** 31 - 1);
  const port = integer('port', values.port, 1, 65_535);
  const profile = resolve(values.profile);
  mkdirSync(profile, { recursive: true });

  const texts = loadComplaintTexts();
  console.log(`profile ${profile}, ${texts.length} complaint texts, seed ${seed}`);
  const desk = await openDesk({ profileDir: profile, port, strictPort: true });
  try {
    console.log(`administrator: ${ADMIN.username} / ${ADMIN.password}`);
    const started = performance.now();
    const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
    const result = await seedDemoCases(desk.page, {
      count: cases,
      texts,
      seed,
      onProgress: (done, count) => process.stdout.write(`\rseeding ${done.toLocaleString('en')} / ${count.toLocaleString('en')} cases · ${elapsed()} s`),
    });
    process.stdout.write('\n');
    const rate = Math.round(result.created / (result.ms / 1000));
    console.log(`created ${result.created.toLocaleString('en')} cases in ${elapsed()} s (${rate.toLocaleString('en')} cases/s); the profile now holds ${result.total.toLocaleString('en')}`);
    console.log(`demo colleagues (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => `${a.username} ${a.name}`).join(', ')}`);
    console.log(`open it: npm run web, then chromium --user-data-dir=${profile} ${desk.url}`);
  } finally {
    await desk.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
