import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SeveritySuggestion as Suggestion } from '../../../domain/assist/suggestions';
import { SEVERITY_RANK, type Severity } from '../../../domain/cases/vocabulary';
import { reasonTexts } from './severityReasons';

/**
 * 建议定为：重大（原因：提及媒体曝光）[采用] beside a severity control: shown
 * only when the suggestion differs from what is chosen; the reasons are those
 * that argue for the suggested severity itself. Phrases and context only say
 * "at least": a suggestion below the chosen severity is shown only when the
 * desk's model names it (angry words never argue for a lower severity).
 */
export function SeveritySuggestion({
  suggestion,
  repeatCount,
  current,
  onAdopt,
}: {
  suggestion: Suggestion;
  repeatCount: number;
  current: Severity;
  onAdopt(severity: Severity): void;
}) {
  const { t } = useTranslation();
  const { suggested } = suggestion;
  if (suggested === null || suggested === current) return null;
  const lower = SEVERITY_RANK[suggested] < SEVERITY_RANK[current];
  if (lower && !suggestion.reasons.some((reason) => reason.source === 'model' && reason.severity === suggested)) return null;
  const label = t(`severity.${suggested}`);
  const reasons = reasonTexts(
    t,
    suggestion.reasons.filter((reason) => reason.severity === suggested),
    repeatCount,
  );
  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label={t('suggest.severity.title')}>
      <Text size="sm">
        <Text span fw={600} size="sm">
          {t('suggest.severity.suggested', { severity: label })}
        </Text>
        {reasons.length > 0 && (
          <Text span c="dimmed" size="sm">
            {t('suggest.severity.because', { reasons: reasons.join(t('suggest.severity.separator')) })}
          </Text>
        )}
      </Text>
      <Button size="compact-sm" variant="light" aria-label={t('suggest.severity.adoptLabel', { severity: label })} onClick={() => onAdopt(suggested)}>
        {t('suggest.severity.adopt')}
      </Button>
    </Group>
  );
}
