/** The file dialog's filter for backups. */
export const backupFilters = (name: string) => [{ name, extensions: ['cdbak'] }];
