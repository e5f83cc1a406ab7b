import { useEffect, useState } from 'react';
import { erasureKey } from '../../../domain/privacy/erasure';
import type { ChangeEvent } from '../../../store/rpc/define';
import { useStore } from '../../data/hooks';
import { useAuth } from '../auth/AuthGate';

/** Changes come in bursts (a coalesced alert logs many rows, an import many cases): one read after the burst. */
const REFRESH_DEBOUNCE_MS = 150;
/** The areas whose changes can change the count: alerts raised or acknowledged, cases closed or extended. */
const AREAS: readonly string[] = ['alerts', 'cases'];

/**
 * Whether a change can change the count: alerts raised or acknowledged, cases closed or extended,
 * a deletion request answered (kept as the setting `erasure:<no>`; a restore names every setting).
 */
const countsChange = ({ area, ids }: ChangeEvent) =>
  AREAS.includes(area) || (area === 'settings' && ids.some((id) => id === '*' || id.startsWith(erasureKey(''))));

/**
 * How many of the signed-in user's overdue alerts wait for their 确认 (`alerts.unacknowledged`),
 * kept current; undefined until known, and while the store cannot answer (a locked screen). Shown
 * beside 提醒 in the navigation, so an alert closed by a reload or missed on screen is not lost.
 */
export function useUnacknowledgedAlertCount(): number | undefined {
  const store = useStore();
  const { actor } = useAuth();
  const [answer, setAnswer] = useState<{ userId: string; count: number } | null>(null);

  useEffect(() => {
    let current = true;
    let latest = 0;
    const read = () => {
      const call = ++latest;
      store.send('alerts.unacknowledged', {}).then(
        ({ count }) => current && call === latest && setAnswer({ userId: actor.id, count }),
        () => current && call === latest && setAnswer(null),
      );
    };
    read();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((events) => {
      // An empty list is the reconnect signal: anything may have changed.
      if (events.length > 0 && !events.some(countsChange)) return;
      clearTimeout(timer);
      timer = setTimeout(read, REFRESH_DEBOUNCE_MS);
    });
    return () => {
      current = false;
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, actor.id]);

  // A count read for the user signed in before a switch is not theirs.
  return answer?.userId === actor.id ? answer.count : undefined;
}
