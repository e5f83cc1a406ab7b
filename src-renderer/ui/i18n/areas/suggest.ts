import { defineArea } from '../messages';

/** Suggestions at intake and grading (category, severity, emotion). */
export const suggestMessages = defineArea(
  {
    suggest: {},
  },
  {
    suggest: {},
  },
);
