import type { TFunction } from 'i18next';
import type { MergedInforming } from '../../../../domain/cases/links';
import type { LinkedCaseView, MergedCaseView } from '../../../../store/services/cases/links-view';
import { socialAccountText } from '../accountText';
import { byAt } from '../format';

/**
 * The heading of an event about another case on the timeline: which case went into this one (and
 * what came with it), which was linked or unlinked and how, whose customer was told, where a
 * duplicate's matter went on to, which other case was anonymised (the note or reason follows it).
 */
export function linkEventText(t: TFunction, command: string, detail: Record<string, unknown>): string {
  const no = String(detail.caseNo);
  switch (command) {
    case 'cases.merge': {
      const carried = Array.isArray(detail.carried) ? detail.carried.map(String) : [];
      return [
        t('links.timeline.merge', { no }),
        ...(carried.length > 0 ? [t('links.timeline.carried', { nos: carried.join(t('flow.listSeparator')) })] : []),
        ...(typeof detail.unlinked === 'string' ? [t('links.timeline.unlinkedByMerge', { kind: t(`links.related.kinds.${detail.unlinked}`) })] : []),
      ].join(' · ');
    }
    case 'cases.mergeMoved':
      return t('links.timeline.moved', { no, from: String(detail.fromNo) });
    case 'cases.linkedAnonymised':
      return t('links.timeline.linkedAnonymised', { no });
    case 'feedback.informMerged':
      return t('links.timeline.informed', { no, outcome: t(`links.inform.outcomes.${String(detail.outcome)}`) });
    default:
      return typeof detail.kind === 'string' ? t('links.timeline.link', { no, kind: t(`links.related.kinds.${detail.kind}`) }) : no;
  }
}

/** “已告知处理结果 · 电话 · 王晓 · 2026-11-23 14:05”: how a merged case's customer was told. */
export function informedText(t: TFunction, informed: MergedInforming): string {
  return t('links.merged.informedLine', { outcome: t(`links.inform.outcomes.${informed.outcome}`), channel: t(`channel.${informed.channel}`), byAt: byAt(informed.by, informed.at) });
}

/** 客户: the name and every way to reach them, as the reader's role may see them (the store host masked them); `separator` between. */
export function customerText(t: TFunction, view: LinkedCaseView, separator: string): string {
  if (view.anonymised) return t('links.row.anonymised');
  return [view.customerName, view.phone, view.email, socialAccountText(t, view), view.address ?? ''].filter(Boolean).join(separator);
}

/**
 * Where a merged case's customer stands, one line each: told this case's result (with the note),
 * or why not — and what they heard before, when that is no longer the result.
 */
export function informStateText(t: TFunction, merged: MergedCaseView): string {
  const now = merged.informed ? [informedText(t, merged.informed), merged.informed.note] : [t(`links.merged.state.${merged.state}`)];
  const earlier = merged.earlier ? [t('links.merged.earlier', { line: informedText(t, merged.earlier) })] : [];
  return [...now, ...earlier].filter(Boolean).join('\n');
}

/** 并入: who merged it and when, and the case it came through. */
export function mergedByText(t: TFunction, merged: MergedCaseView): string {
  return [byAt(merged.mergedBy, merged.mergedAt), merged.via ? t('links.merged.via', { no: merged.via.no }) : ''].filter(Boolean).join('\n');
}
