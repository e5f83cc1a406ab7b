import { casesService } from './services/cases';
import { dashboardService } from './services/dashboard';
import { reportsService } from './services/reports';
import { mergeServices, type ArgsOf, type ResultOf } from './rpc/define';

/** Every store command and query, merged from the area modules. */
export function createHandlers() {
  return mergeServices(casesService, dashboardService, reportsService);
}

export type StoreHandlers = ReturnType<typeof createHandlers>;
export type StoreMethod = keyof StoreHandlers & string;
export type StoreArgs<K extends StoreMethod> = ArgsOf<StoreHandlers[K]>;
export type StoreResult<K extends StoreMethod> = ResultOf<StoreHandlers[K]>;
export type { ChangeEvent } from './rpc/define';
