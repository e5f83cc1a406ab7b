import { defineArea } from '../messages';

/** Settings, users, improvement actions and the audit check. */
export const adminMessages = defineArea(
  {
    admin: {},
  },
  {
    admin: {},
  },
);
