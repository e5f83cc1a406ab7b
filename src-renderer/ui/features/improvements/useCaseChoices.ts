import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../../domain/cases/case';
import { useStore } from '../../data/hooks';

export type CaseChoice = Pick<CaseSummary, 'id' | 'no' | 'customerName' | 'status' | 'receivedAt'>;

const PAGE = 200;
/** Enough recent cases to pick from; older linked cases are fetched one by one. */
const MAX_RECENT = 1000;

const choiceOf = ({ id, no, customerName, status, receivedAt }: CaseChoice): CaseChoice => ({ id, no, customerName, status, receivedAt });

/**
 * Cases to link an improvement action to (the most recent, newest first), and
 * the numbers of the `linked` ones even when they are older than that.
 */
export function useCaseChoices(linked: readonly string[]): { choices: CaseChoice[]; byId: Map<string, CaseChoice>; loading: boolean } {
  const store = useStore();
  const [recent, setRecent] = useState<CaseChoice[] | null>(null);
  const [older, setOlder] = useState<Map<string, CaseChoice>>(new Map());

  useEffect(() => {
    let current = true;
    void (async () => {
      const rows: CaseChoice[] = [];
      let page = await store.send('cases.list', { limit: PAGE });
      rows.push(...page.rows.map(choiceOf));
      while (page.next && rows.length < MAX_RECENT) {
        page = await store.send('cases.list', { after: page.next, limit: PAGE });
        rows.push(...page.rows.map(choiceOf));
      }
      if (current) setRecent(rows);
    })().catch(() => current && setRecent([]));
    return () => {
      current = false;
    };
  }, [store]);

  const known = new Map<string, CaseChoice>([...(recent ?? []).map((c) => [c.id, c] as const), ...older]);
  const missing = recent ? linked.filter((id) => !known.has(id)) : [];
  const missingKey = missing.join(',');

  useEffect(() => {
    if (!missingKey) return;
    let current = true;
    void Promise.all(missingKey.split(',').map((id) => store.send('cases.get', { id }).then(choiceOf, () => null))).then((found) => {
      if (!current) return;
      setOlder((previous) => {
        const next = new Map(previous);
        for (const choice of found) if (choice) next.set(choice.id, choice);
        return next;
      });
    });
    return () => {
      current = false;
    };
  }, [store, missingKey]);

  return { choices: [...known.values()], byId: known, loading: recent === null };
}
