import type { DashboardFigures } from '../../../domain/dashboard/figures';
import type { DashboardFormat } from './useDashboardFormat';

/** What every card of the dashboard is given. */
export interface CardProps {
  /** Undefined until the store answered. */
  figures: DashboardFigures | undefined;
  /** The name of each bucket on the axis, in the user's language. */
  bucketLabels: string[];
  format: DashboardFormat;
}
