import { DEFAULT_SETTINGS } from '../../../../domain/settings/settings';
import { useStoreQuery } from '../../../data/hooks';
import { useIdleTimer } from './useIdleTimer';

/** Locks the screen after the centre's idle time (Settings → 安全), read fresh whenever the settings change. */
export function IdleLock({ onIdle }: { onIdle(): void }) {
  const settings = useStoreQuery('settings.get', {}, 'settings');
  const minutes = settings.data?.security?.idleLockMinutes ?? DEFAULT_SETTINGS.security.idleLockMinutes;
  useIdleTimer(minutes * 60_000, onIdle);
  return null;
}
