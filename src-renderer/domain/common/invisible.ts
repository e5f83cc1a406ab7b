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

/** Line breaks other than \n: CR (alone or before \n), Word's soft break (VT), form feed, NEL, the Unicode line and paragraph separators. */
const OTHER_BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
/** Control characters no text of the desk means: C0 but tab and line feed, DEL, C1 (a terminal's ESC[31m, NUL, BEL, backspace). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

/**
 * `text` with every kind of line break as \n and without control characters: pasted from Word (its
 * soft breaks are VT) or a terminal they showed as ☒ on screen and went raw into the printed PDF.
 */
export function withoutControls(text: string): string {
  return text.replace(OTHER_BREAKS, '\n').replace(CONTROLS, '');
}

/** `text` on one line: its breaks and tabs as single spaces (a name or an address pasted from two lines). */
export function onOneLine(text: string): string {
  return withoutControls(text).replace(/[\t\n]+/g, ' ');
}
