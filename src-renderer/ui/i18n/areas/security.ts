import { defineArea } from '../messages';

/** Idle lock, confirming destructive actions with the password, and the audit log viewer. */
export const securityMessages = defineArea(
  {},
  {},
);
