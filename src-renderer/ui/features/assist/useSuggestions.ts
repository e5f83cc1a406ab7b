import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { SuggestArgs, Suggestions } from '../../../domain/assist/suggestions';
import { useStore } from '../../data/hooks';

/** Long enough to wait for a pause in typing, short enough to help before the form is finished. */
const DEBOUNCE_MS = 400;
/** Fewer characters say too little to suggest anything. */
export const MIN_TEXT = 6;

export interface SuggestionState {
  /** The latest answer for a text long enough (kept while the next one is asked), null otherwise. */
  data: Suggestions | null;
  /** The last ask failed (shown as a quiet line, never as an error box). */
  failed: boolean;
}

/**
 * Suggestions for a description while it is typed (after a pause, from
 * MIN_TEXT characters), or for a registered case (`caseId`, its own
 * description). Asked directly rather than on every store change: the models
 * change slowly and a suggestion need not follow each commit.
 */
export function useSuggestions(args: SuggestArgs): SuggestionState {
  const store = useStore();
  const enough = args.caseId !== undefined || (args.text ?? '').trim().length >= MIN_TEXT;
  // A string, not an object: a fresh object on every render would never settle.
  const [key] = useDebouncedValue(enough ? JSON.stringify(args) : '', DEBOUNCE_MS);
  const [answer, setAnswer] = useState<{ key: string; data: Suggestions | null; failed: boolean }>({ key: '', data: null, failed: false });

  useEffect(() => {
    if (key === '') return;
    let current = true;
    store.send('assist.suggest', JSON.parse(key) as SuggestArgs).then(
      (data) => current && setAnswer({ key, data, failed: false }),
      () => current && setAnswer((previous) => ({ key, data: previous.data, failed: true })),
    );
    return () => {
      current = false;
    };
  }, [store, key]);

  // A text cut below the minimum hides the suggestions at once, not after the pause.
  if (!enough) return { data: null, failed: false };
  return { data: answer.data, failed: answer.failed };
}
