import { defineArea } from '../messages';

/** The case page: stepper, clocks, actions of every stage, records, timeline. */
export const flowMessages = defineArea(
  {
    flow: {},
  },
  {
    flow: {},
  },
);
