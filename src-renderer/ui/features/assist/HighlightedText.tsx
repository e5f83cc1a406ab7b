import { Mark, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LexiconKind } from '../../../domain/assist/lexicon';
import type { LexiconHit } from '../../../domain/assist/match';

/** One colour per kind, shared by the highlights and the kind badges so the two read as one legend. */
export const KIND_COLORS: Record<LexiconKind, MantineColor> = {
  safety: 'red',
  legal: 'orange',
  media: 'grape',
  regulator: 'indigo',
  threat: 'pink',
  repeat: 'cyan',
  anger: 'yellow',
};

/** Marks a cut in an excerpt (a typographic sign, the same in every language). */
const ELLIPSIS = '…';
/** Context kept on each side of a hit, at least, when the text is cut to excerpts. */
const MIN_CONTEXT = 8;

type Piece = { type: 'text'; text: string } | { type: 'hit'; text: string; hit: LexiconHit } | { type: 'gap' };

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves a boundary off the middle of a surrogate pair, so an excerpt never shows half an emoji. */
function snap(text: string, at: number, direction: -1 | 1): number {
  let index = Math.max(0, Math.min(text.length, at));
  if (index > 0 && index < text.length && isLowSurrogate(text.charCodeAt(index))) index += direction;
  return index;
}

/** Hits that fit the text, in order, without overlaps (a caller's stale hits are dropped, not drawn wrong). */
function usableHits(text: string, hits: readonly LexiconHit[]): LexiconHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const out: LexiconHit[] = [];
  for (const hit of sorted) {
    if (hit.start < 0 || hit.end > text.length || hit.end <= hit.start) continue;
    if (out.length > 0 && hit.start < out[out.length - 1]!.end) continue;
    out.push(hit);
  }
  return out;
}

/**
 * The ranges of the text to show: all of it when it fits, otherwise a window
 * around each hit (merged where they touch) until `maxLength` characters are used.
 */
export function excerptRanges(text: string, hits: readonly LexiconHit[], maxLength?: number): Array<[number, number]> {
  if (maxLength === undefined || text.length <= maxLength) return [[0, text.length]];
  if (hits.length === 0) return [[0, snap(text, maxLength, 1)]];
  const marked = hits.reduce((sum, hit) => sum + hit.end - hit.start, 0);
  const context = Math.max(MIN_CONTEXT, Math.floor((maxLength - marked) / (2 * hits.length)));
  const ranges: Array<[number, number]> = [];
  let used = 0;
  for (const hit of hits) {
    const start = snap(text, hit.start - context, -1);
    const end = snap(text, hit.end + context, 1);
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) {
      used += Math.max(0, end - last[1]);
      last[1] = Math.max(last[1], end);
    } else {
      // The first window is always shown; later ones only while the budget lasts.
      if (ranges.length > 0 && used + (end - start) > maxLength) break;
      ranges.push([start, end]);
      used += end - start;
    }
  }
  return ranges;
}

function piecesOf(text: string, hits: LexiconHit[], ranges: Array<[number, number]>): Piece[] {
  const pieces: Piece[] = [];
  ranges.forEach(([from, to], index) => {
    if (from > 0 || index > 0) pieces.push({ type: 'gap' });
    let at = from;
    for (const hit of hits) {
      if (hit.end <= from || hit.start >= to) continue;
      const start = Math.max(hit.start, at);
      const end = Math.min(hit.end, to);
      if (start > at) pieces.push({ type: 'text', text: text.slice(at, start) });
      pieces.push({ type: 'hit', text: text.slice(start, end), hit });
      at = end;
    }
    if (at < to) pieces.push({ type: 'text', text: text.slice(at, to) });
    if (index === ranges.length - 1 && to < text.length) pieces.push({ type: 'gap' });
  });
  return pieces;
}

/**
 * A description with the lexicon's phrases marked, each coloured by its kind
 * and named (title, accessible name) in the user's language. With `maxLength`,
 * only excerpts around the hits, joined by "…".
 */
export function HighlightedText({ text, hits, maxLength }: { text: string; hits: readonly LexiconHit[]; maxLength?: number }) {
  const { t } = useTranslation();
  const usable = usableHits(text, hits);
  const pieces = piecesOf(text, usable, excerptRanges(text, usable, maxLength));
  return (
    <span data-highlighted-text="">
      {pieces.map((piece, index) => {
        if (piece.type === 'gap') return <span key={index}>{ELLIPSIS}</span>;
        if (piece.type === 'text') return <span key={index}>{piece.text}</span>;
        const label = t('lexicon.reasons.marked', { kind: t(`lexicon.kinds.${piece.hit.kind}`), term: piece.text });
        return (
          <Mark key={index} color={KIND_COLORS[piece.hit.kind]} title={label} aria-label={label} data-kind={piece.hit.kind}>
            {piece.text}
          </Mark>
        );
      })}
    </span>
  );
}
