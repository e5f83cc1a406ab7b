import type { ServiceModule } from '../../rpc/define';
import { deleteView, prefs, saveLayout, saveView } from './prefs';
import { ids, options, rows, rowsByIds, tableOrder } from './rows';

/** 投诉处理进度跟踪表: windows of the filtered, searched, sorted table; saved views and layouts per user. */
export const trackingService = {
  'tracking.rows': rows,
  'tracking.rowsByIds': rowsByIds,
  'tracking.tableOrder': tableOrder,
  'tracking.ids': ids,
  'tracking.options': options,
  'tracking.prefs': prefs,
  'tracking.saveView': saveView,
  'tracking.deleteView': deleteView,
  'tracking.saveLayout': saveLayout,
} satisfies ServiceModule;
