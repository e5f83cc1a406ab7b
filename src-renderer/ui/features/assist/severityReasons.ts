import type { TFunction } from 'i18next';
import type { SeverityReason } from '../../../domain/assist/suggestions';

/** One line per kind of reason, in the order given (most severe first); each lexicon kind once. */
export function reasonTexts(t: TFunction, reasons: readonly SeverityReason[], repeatCount: number): string[] {
  const texts: string[] = [];
  for (const reason of reasons) {
    let text: string;
    if (reason.source === 'lexicon') text = t('suggest.severity.reasons.lexicon', { kind: t(`lexicon.kinds.${reason.kind}`) });
    else if (reason.source === 'model')
      text = t('suggest.severity.reasons.model', { severity: t(`severity.${reason.severity}`), percent: Math.round(reason.probability * 100) });
    else if (reason.kind === 'repeat') text = t('suggest.severity.reasons.repeat', { count: repeatCount });
    else text = t('suggest.severity.reasons.regulator');
    if (!texts.includes(text)) texts.push(text);
  }
  return texts;
}
