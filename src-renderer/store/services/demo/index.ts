import { generateDemoCases } from '../../../domain/demo/generate';
import { DemoSeedInput } from '../../../domain/demo/schema';
import { readSettings } from '../../core/settings';
import { command, type ServiceModule } from '../../rpc/define';
import { caseStaff, ensureDemoStaff } from './staff';
import { casesNumbered, writeDemoCases } from './write';

/**
 * 演示数据: fills the store with realistic cases, one chunk per call and one
 * transaction per chunk. Registered only in builds with demo tools (see
 * `__DESK_DEMO_TOOLS__` in vite.shared.mts); the administrator runs it.
 * Marked pure so a build without demo tools drops it, with the demo data and accounts.
 */
const seed = /* @__PURE__ */ command(
  DemoSeedInput,
  async (ctx, input): Promise<{ created: number; total: number }> => {
    const { db } = ctx;
    const actor = ctx.actor!;
    await ensureDemoStaff(ctx);
    const settings = await readSettings(db);
    const now = ctx.now();
    // Generated before the transaction: it is pure CPU work and needs nothing the transaction guards.
    const generated = generateDemoCases({ ...input, now, settings, staff: await caseStaff(ctx), newId: () => crypto.randomUUID() });
    const total = await db.transaction('rw', [db.cases, db.counters, db.audit, db.auditHeads], async () => {
      await writeDemoCases(db, generated, now, { id: actor.id, name: actor.name, role: actor.role });
      return casesNumbered(db);
    });
    // '*': many cases changed; the tracking index re-reads everything.
    ctx.changed('cases', '*');
    return { created: generated.length, total };
  },
  { access: 'settings.update' },
);

export const demoService = {
  'demo.seed': seed,
} satisfies ServiceModule;
