import { defineArea } from '../messages';

/** Similar past cases and repeat complainants on the case page. */
export const similarMessages = defineArea(
  {
    similar: {},
  },
  {
    similar: {},
  },
);
