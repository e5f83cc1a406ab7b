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

/** Unsaved drafts by month (`2026-11`), kept while the page is open so switching months loses nothing. */
export type DraftStash = Map<string, NotesDraft>;
