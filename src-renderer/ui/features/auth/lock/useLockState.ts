import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import type { Actor } from '../../../../domain/users/user';
import type { LockState } from '../../../../store/services/auth/lock';
import { formatDateTime } from '../../../components/format';
import { useStore } from '../../../data/hooks';

/**
 * Why this session's screen is locked, as the store host tells it (auth.status, answered while
 * locked); null until it answered. Asked again by `refresh` (after a refused password, which may have
 * locked the account out) and when a lock-out ends, so the screen never says one that is over.
 */
export function useLockState(): { state: LockState | null; now: number; refresh(): void } {
  const store = useStore();
  const [state, setState] = useState<LockState | null>(null);
  // The instant the minutes left are counted from: when the answer came, then every half minute.
  const [now, setNow] = useState(() => Date.now());
  const refresh = useCallback(() => {
    store.send('auth.status', {}).then(
      ({ lockedBy, lockedOutUntil }) => {
        setNow(Date.now());
        setState({ lockedBy: lockedBy ?? 'idle', ...(lockedOutUntil !== undefined ? { lockedOutUntil } : {}) });
      },
      // Unread, the screen says only that it is locked; the password field answers for itself.
      () => undefined,
    );
  }, [store]);
  useEffect(refresh, [refresh]);

  const until = state?.lockedOutUntil;
  useEffect(() => {
    if (until === undefined) return undefined;
    // The minutes left count down on the screen; once the lock-out is over, the store host says what now.
    const minute = setInterval(() => setNow(Date.now()), 30_000);
    const over = setTimeout(refresh, Math.max(0, until - Date.now()) + 1000);
    return () => {
      clearInterval(minute);
      clearTimeout(over);
    };
  }, [until, refresh]);
  return { state, now, refresh };
}

/**
 * The lock screen's words: who is locked out of what, and for how long. A running lock-out comes
 * first whatever locked the screen (the idle lock, then wrong passwords typed to unlock it): no
 * password is taken until it ends.
 */
export function lockHint(t: TFunction, actor: Actor, state: LockState | null, now: number): string {
  const who = { name: actor.name, role: t(`role.${actor.role}`) };
  if (!state) return t('security.lock.locked', who);
  const until = state.lockedOutUntil;
  if (until !== undefined && until > now) {
    return t('security.lock.lockedOut', { ...who, until: formatDateTime(until), count: Math.ceil((until - now) / 60_000) });
  }
  return t(state.lockedBy === 'lockOut' ? 'security.lock.lockOutOver' : state.lockedBy === 'hand' ? 'security.lock.locked' : 'security.lock.hint', who);
}
