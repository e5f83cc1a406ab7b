import { Badge, Group, Stack, Text, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmotionAssessment, EmotionLevel } from '../../../domain/assist/emotion';
import { SEVERITIES } from '../../../domain/cases/vocabulary';
import { HighlightedText, KIND_COLORS } from './HighlightedText';

const LEVEL_COLORS: Record<EmotionLevel, MantineColor> = { calm: 'teal', negative: 'orange', escalating: 'red' };

/** Enough context around each hit to read it, short enough to sit beside a form. */
const EXCERPT_LENGTH = 160;

/**
 * Why the desk thinks the customer is upset or may escalate: the level, the
 * kinds found, the suggested minimum severity (when above the lowest), the
 * context signals (repeat, 12315) and the phrases in their sentences (excerpts
 * of `excerptLength` characters). Nothing at all for a calm text.
 */
export function EmotionReasons({ assessment, excerptLength = EXCERPT_LENGTH }: { assessment: EmotionAssessment; excerptLength?: number }) {
  const { t } = useTranslation();
  const { level, severity, hits, negated, kinds, contextKinds, repeatCount, text } = assessment;
  if (level === 'calm' && hits.length === 0) return null;
  const title = t('lexicon.reasons.title');

  return (
    <Stack gap={6} role="group" aria-label={title} data-emotion-level={level}>
      <Group gap={6}>
        <Badge color={LEVEL_COLORS[level]} variant="filled">
          {t(`lexicon.levels.${level}`)}
        </Badge>
        {kinds.map((kind) => (
          <Badge key={kind} color={KIND_COLORS[kind]} variant="light" data-kind={kind}>
            {t(`lexicon.kinds.${kind}`)}
          </Badge>
        ))}
        {/* "At least the lowest severity" says nothing: anger alone shows its level and kind, no minimum. */}
        {severity && severity !== SEVERITIES[0] && (
          <Text size="sm" fw={500}>
            {t('lexicon.reasons.suggested', { severity: t(`severity.${severity}`) })}
          </Text>
        )}
      </Group>
      {contextKinds.includes('repeat') && (
        <Text size="sm">
          {repeatCount > 0 ? t('lexicon.reasons.repeat', { count: repeatCount }) : t('lexicon.reasons.repeatUnknown')}
        </Text>
      )}
      {contextKinds.includes('regulator') && <Text size="sm">{t('lexicon.reasons.regulator')}</Text>}
      {hits.length > 0 && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          <HighlightedText text={text} hits={hits} maxLength={excerptLength} />
        </Text>
      )}
      {negated.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('lexicon.reasons.negated', { terms: negated.map((hit) => text.slice(hit.start, hit.end)).join(t('lexicon.reasons.separator')) })}
        </Text>
      )}
    </Stack>
  );
}
