import { useEffect, useState } from 'react';
import { JOB_PHASES, type JobKind, type JobProgress } from '../../../domain/jobs/progress';
import { useStore } from '../../data/hooks';

/** How often a waiting window asks for the job's progress (as the import wizard asks for its job). */
export const JOB_POLL_MS = 400;

/**
 * The progress of the caller's (or the host's own) running job of `kind`, asked for every
 * `JOB_POLL_MS` while `active`: null before the first answer and while none runs; a job that
 * ended is kept at its end until `active` turns false. A failed ask is no failure of the job; the
 * next one may answer.
 */
export function useJobProgress(kind: JobKind, active: boolean): JobProgress | null {
  const store = useStore();
  const [job, setJob] = useState<JobProgress | null>(null);

  useEffect(() => {
    if (!active) return;
    let current = true;
    let inFlight = false;
    const ask = () => {
      if (inFlight) return;
      inFlight = true;
      store.send('jobs.progress', { kinds: [kind] }).then(
        (jobs) => {
          // The newest job of the kind: the one this window just started. Gone from the list, it has
          // ended while the window still waits (a backup's save dialog is open): it stays at its end.
          if (current) setJob((seen) => jobs.at(-1) ?? (seen ? finished(seen) : null));
        },
        () => undefined,
      ).finally(() => {
        inFlight = false;
      });
    };
    ask();
    const timer = setInterval(ask, JOB_POLL_MS);
    return () => {
      current = false;
      clearInterval(timer);
      // The next wait starts from nothing, not from where this job ended.
      setJob(null);
    };
  }, [store, kind, active]);

  return active ? job : null;
}

/** A job the host no longer lists: through its last phase, whichever phase it was last seen in. */
function finished(job: JobProgress): JobProgress {
  const phases: readonly JobProgress['phase'][] = JOB_PHASES[job.kind];
  return { ...job, phase: phases.at(-1)!, done: 1, total: 1 };
}
