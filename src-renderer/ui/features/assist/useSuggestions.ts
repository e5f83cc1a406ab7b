import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { SuggestArgs, Suggestions } from '../../../domain/assist/suggestions';
import { wordCharacters } from '../../../domain/assist/text';
import { useStore } from '../../data/hooks';

/** Long enough to wait for a pause in typing, short enough to help before the form is finished. */
const DEBOUNCE_MS = 400;
/** Fewer characters say too little to suggest a category from. */
export const MIN_TEXT = 6;
/** Fewer still say nothing at all; from here the emotion lexicon reads a short threat (我要告你们). */
const MIN_ASK = 2;

const NO_ANSWER: SuggestionState = { data: null, failed: false };

/**
 * Whether a description says enough to suggest from: MIN_TEXT letters, digits or Chinese characters
 * for a category, MIN_ASK for the emotion flags. Punctuation and emoji (！！！？？？, 😡😡😡) carry no
 * words: the model would answer with its bare prior.
 */
function saysEnough(text: string, least: number): boolean {
  return wordCharacters(text) >= least;
}

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
  const enough = args.caseId !== undefined || saysEnough(args.text ?? '', MIN_ASK);
  const categorised = args.caseId !== undefined || saysEnough(args.text ?? '', MIN_TEXT);
  const typed = enough ? JSON.stringify(args) : '';
  // A string, not an object: a fresh object on every render would never settle.
  const [key] = useDebouncedValue(typed, DEBOUNCE_MS);
  // The last answer and the text it is for; apart, the text whose ask failed (the answer stays that of its own text).
  const [answer, setAnswer] = useState<{ key: string; data: Suggestions | null }>({ key: '', data: null });
  const [failedKey, setFailedKey] = useState('');
  // When the text is cut below the minimum (the form cleared after a save), the answer held and the
  // one asked for (still on its way, perhaps) are another complaint's: not shown for the next one typed.
  const [dropped, setDropped] = useState<readonly string[]>([]);
  const [wasEnough, setWasEnough] = useState(enough);
  if (wasEnough !== enough) {
    setWasEnough(enough);
    if (!enough) setDropped([key, answer.key]);
  }

  useEffect(() => {
    if (key === '') return;
    let current = true;
    store.send('assist.suggest', JSON.parse(key) as SuggestArgs).then(
      (data) => {
        if (!current) return;
        setAnswer({ key, data });
        setFailedKey('');
      },
      () => current && setFailedKey(key),
    );
    return () => {
      current = false;
    };
  }, [store, key]);

  // A text cut below the minimum hides the suggestions at once, not after the pause.
  if (!enough) return NO_ANSWER;
  // The answer for exactly this text; else the last one kept while the next is asked, unless it
  // was for the text dropped (the same text typed again is its own: no new ask, and it shows).
  const failed = failedKey !== '' && failedKey === key;
  if (answer.key !== typed && dropped.includes(answer.key)) return { data: null, failed };
  // A short text's flags, without the categories its few words cannot tell.
  return { data: answer.data && !categorised ? { ...answer.data, categories: [] } : answer.data, failed };
}
