import { createContext, useCallback, useContext } from 'react';
import { drillFilter, type Drill } from '../../../domain/dashboard/drill';
import type { DashboardFigures } from '../../../domain/dashboard/figures';
import { useOpenTracking } from './useOpenTracking';

/** Opens the tracking table on exactly the cases behind a figure. */
export type OpenDrill = (drill: Drill) => void;

export const DrillContext = createContext<OpenDrill | null>(null);

/**
 * A drill for the figures shown: the filter is stated for the period and
 * departments the store computed them for (not what the controls say now),
 * and the table picks it up as the query the user last looked at.
 */
export function useOpenDrill(figures: DashboardFigures | undefined): OpenDrill {
  const openTracking = useOpenTracking();
  return useCallback(
    (drill: Drill) => {
      if (!figures) return;
      openTracking(drillFilter(drill, { period: figures.period, departments: figures.departments }));
    },
    [figures, openTracking],
  );
}

export function useDrill(): OpenDrill {
  const open = useContext(DrillContext);
  if (!open) throw new Error('useDrill outside DrillContext');
  return open;
}
