/**
 * Characters that take no room on screen but sit inside text pasted from chat apps, phone contacts
 * and exported sheets: zero-width spaces and non-joiners, direction marks and embeddings, word
 * joiners, the byte-order mark, soft hyphens. Left in, a name of U+200B alone passes as filled in, a
 * mobile number with one reads as malformed, and 起\u200B诉 is neither found by a search nor flagged.
 *
 * A zero-width joiner stays between two pictographs, where it joins an emoji sequence (👨\u200D👩\u200D👧).
 */
const INVISIBLE = /[\u00AD\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const LONE_JOINER = /(?<!\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/** `text` without the characters that take no room on screen (an emoji's joiners kept). */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(LONE_JOINER, '');
}
