import { NumberInput, type NumberInputProps } from '@mantine/core';
import type { ChangeEvent } from 'react';

// What a Chinese input method types for a number: full-width digits (１５), and 。 or ． for the point.
const WIDE = /[\uff10-\uff19\uff0e\u3002\uff0c\uff0d\uff0b]/g;
const NARROW: Record<string, string> = { '\uff0e': '.', '\u3002': '.', '\uff0c': ',', '\uff0d': '-', '\uff0b': '+' };

/** The text with full-width digits and marks as the ASCII ones a number field understands. */
export function narrowDigits(text: string): string {
  return text.replace(WIDE, (c) => NARROW[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Mantine's NumberInput, reading what a Chinese input method types: its
 * formatter drops every character that is not an ASCII digit, so a full-width
 * １５ vanished and the field said it was required. The typed text is narrowed
 * before the formatter sees it (capture phase, ahead of its change handler).
 */
export function NumberField({ onChangeCapture, ...props }: NumberInputProps) {
  const narrow = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const text = narrowDigits(input.value);
    if (text !== input.value) {
      const caret = input.selectionStart;
      input.value = text;
      if (caret !== null) input.setSelectionRange(caret, caret);
    }
    onChangeCapture?.(event);
  };
  return <NumberInput {...props} onChangeCapture={narrow} />;
}
