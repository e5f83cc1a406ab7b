import type { ReportNotes } from '../../../../domain/reports/monthly';

/** What the manager is writing for one month. */
export interface NotesDraft {
  analysis: string;
  recommendations: string;
}

export const draftOf = (notes: ReportNotes | null): NotesDraft => ({
  analysis: notes?.analysis ?? '',
  recommendations: notes?.recommendations ?? '',
});

/** Equal as saved: the store trims what it keeps, so surrounding blanks are no change. */
export const sameDraft = (a: NotesDraft, b: NotesDraft): boolean =>
  a.analysis.trim() === b.analysis.trim() && a.recommendations.trim() === b.recommendations.trim();

/** A month's draft and the saved notes it was written on. */
export interface StashedDraft {
  values: NotesDraft;
  base: ReportNotes | null;
}

/** Unsaved drafts by month (`2026-11`), kept while the page is open so switching months loses nothing. */
export type DraftStash = Map<string, StashedDraft>;

/** Whether the month `key` holds a draft that differs from what was saved for it. */
export const unsavedIn = (stash: DraftStash, key: string): boolean => {
  const draft = stash.get(key);
  return draft !== undefined && !sameDraft(draft.values, draftOf(draft.base));
};

/** Whether any month holds a draft that differs from what was saved (leaving the page loses it). */
export const anyUnsaved = (stash: DraftStash): boolean => [...stash.values()].some(({ values, base }) => !sameDraft(values, draftOf(base)));
