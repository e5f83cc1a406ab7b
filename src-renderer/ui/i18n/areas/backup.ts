import { defineArea } from '../messages';

/** Backups and restore (Settings: backup and restore). */
export const backupMessages = defineArea(
  {},
  {},
);
