import { JobProgressInput, type JobProgress } from '../../../domain/jobs/progress';
import { runningJobs } from '../../jobs/registry';
import { query, type ServiceModule } from '../../rpc/define';

/**
 * The caller's running long jobs and the host's own (see store/jobs/registry.ts): a window asks
 * while it waits for a backup, a restore, a check of every audit chain or the tracking index.
 */
const progress = query(JobProgressInput, async (ctx, { kinds }): Promise<JobProgress[]> =>
  runningJobs(ctx.db, ctx.actor!.id, kinds),
);

/** 进度: what the store host's long jobs have done so far. */
export const jobsService = {
  'jobs.progress': progress,
} satisfies ServiceModule;
