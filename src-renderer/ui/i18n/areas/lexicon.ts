import { defineArea } from '../messages';

/** The emotion lexicon editor and assistance settings. */
export const lexiconMessages = defineArea(
  {
    lexicon: {},
  },
  {
    lexicon: {},
  },
);
