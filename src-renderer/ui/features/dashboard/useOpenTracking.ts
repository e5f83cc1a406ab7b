import { useCallback } from 'react';
import { useLocation } from 'wouter';
import type { TrackingFilterInput } from '../../../domain/tracking/query';
import { useAuth } from '../auth/AuthGate';
import { drilledQuery, rememberQuery } from '../tracking/trackingQuery';

/** Opens the tracking table on a filter, newest received first, as the query the user last looked at (like a figure's drill). */
export function useOpenTracking(): (filter: TrackingFilterInput) => void {
  const { actor } = useAuth();
  const [, navigate] = useLocation();
  return useCallback(
    (filter: TrackingFilterInput) => {
      rememberQuery(actor.id, drilledQuery(filter));
      navigate('/tracking');
    },
    [actor.id, navigate],
  );
}
