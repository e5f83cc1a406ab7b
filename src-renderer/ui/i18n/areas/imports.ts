import { defineArea } from '../messages';

/** The import of historical complaints from CSV and XLSX. */
export const importsMessages = defineArea(
  {},
  {},
);
