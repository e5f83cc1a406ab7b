import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_LAYOUT, type TableLayout } from '../../../domain/tracking/columns';
import type { SavedView } from '../../../domain/tracking/views';
import { useStore, useStoreQuery } from '../../data/hooks';
import { asStoreError, type StoreError } from '../../data/store-client';

/** Resizing sends many changes a second: the layout is saved once the user paused. */
const SAVE_DELAY_MS = 400;

export interface TrackingPrefs {
  /** False until the user's saved layout and views were read. */
  ready: boolean;
  layout: TableLayout;
  views: SavedView[];
  /** Changes the layout now and saves it for this user shortly after. */
  updateLayout(change: (layout: TableLayout) => TableLayout): void;
  error: StoreError | null;
}

/** The signed-in user's table layout and saved views (`tracking.prefs`), the layout saved as it changes. */
export function useTrackingPrefs(): TrackingPrefs {
  const store = useStore();
  const prefs = useStoreQuery('tracking.prefs', {}, 'tracking.prefs');
  // The layout as the user changed it here; until then the stored one (or the default).
  const [changed, setChanged] = useState<TableLayout | null>(null);
  const [saveError, setSaveError] = useState<StoreError | null>(null);
  const unsaved = useRef<TableLayout | null>(null);
  const stored = prefs.data?.layout ?? DEFAULT_LAYOUT;

  const save = useCallback(
    (layout: TableLayout) => {
      unsaved.current = null;
      store.send('tracking.saveLayout', { layout }).then(
        () => setSaveError(null),
        (error: unknown) => setSaveError(asStoreError(error)),
      );
    },
    [store],
  );

  useEffect(() => {
    if (changed === null) return;
    unsaved.current = changed;
    const timer = setTimeout(() => save(changed), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [changed, save]);

  // Leaving the page right after a change still saves it.
  useEffect(() => {
    const pending = unsaved;
    return () => {
      if (pending.current) save(pending.current);
    };
  }, [save]);

  const updateLayout = useCallback(
    (change: (layout: TableLayout) => TableLayout) => setChanged((previous) => change(previous ?? stored)),
    [stored],
  );

  return {
    ready: !prefs.loading,
    layout: changed ?? stored,
    views: prefs.data?.views ?? [],
    updateLayout,
    error: prefs.error ?? saveError,
  };
}
