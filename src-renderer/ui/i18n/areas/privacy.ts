import { defineArea } from '../messages';

/** Personal data: masking, a customer's data export, anonymisation after the retention period. */
export const privacyMessages = defineArea(
  {},
  {},
);
