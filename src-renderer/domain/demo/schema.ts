import { z } from 'zod';

/** Most cases one `demo.seed` call writes (one transaction); callers send chunks of about 2,000. */
export const DEMO_CHUNK_MAX = 5000;
export const DEMO_TEXTS_MAX = 5000;
export const DEMO_TEXT_MAX_LENGTH = 5000;

/** `demo.seed`: `count` cases numbered `startIndex`… of a run seeded with `seed`, descriptions drawn from `texts`. */
export const DemoSeedInput = z.object({
  count: z.number({ error: 'validation.required' }).int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).max(DEMO_CHUNK_MAX, { error: 'validation.invalid' }),
  startIndex: z.number({ error: 'validation.required' }).int({ error: 'validation.invalid' }).min(0, { error: 'validation.invalid' }).max(Number.MAX_SAFE_INTEGER),
  seed: z.number({ error: 'validation.required' }).int({ error: 'validation.invalid' }),
  texts: z
    .array(z.string({ error: 'validation.invalid' }).min(1, { error: 'validation.required' }).max(DEMO_TEXT_MAX_LENGTH, { error: 'validation.tooLong' }), {
      error: 'validation.required',
    })
    .min(1, { error: 'validation.required' })
    .max(DEMO_TEXTS_MAX, { error: 'validation.invalid' }),
});
export type DemoSeedInput = z.input<typeof DemoSeedInput>;
