import { Stack, Text, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessEmotion } from '../../../../domain/assist/emotion';
import type { LexiconEntry } from '../../../../domain/assist/lexicon';
import { EmotionReasons } from '../../assist/EmotionReasons';
import { Panel } from '../../../components/Panel';

/**
 * 试一试: runs the same assessment the store host runs at intake, here on the
 * form's current (unsaved) lexicon, so the admin sees what an edit changes before saving.
 */
export function TryLexicon({ lexicon }: { lexicon: readonly LexiconEntry[] }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const title = t('lexicon.tryIt.title');
  const assessment = useMemo(() => (text.trim() === '' ? null : assessEmotion(text, lexicon)), [text, lexicon]);

  return (
    <Panel title={title} hint={t('lexicon.tryIt.hint')}>
      <Textarea
        label={t('lexicon.tryIt.text')}
        placeholder={t('lexicon.tryIt.placeholder')}
        autosize
        minRows={3}
        maxRows={10}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      {assessment &&
        (assessment.hits.length > 0 || assessment.level !== 'calm' ? (
          <EmotionReasons assessment={assessment} excerptLength={text.length} />
        ) : (
          <Stack gap={4} role="status">
            <Text size="sm">{t('lexicon.tryIt.calm')}</Text>
            {assessment.negated.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('lexicon.reasons.negated', {
                  terms: assessment.negated.map((hit) => text.slice(hit.start, hit.end)).join(t('lexicon.reasons.separator')),
                })}
              </Text>
            )}
          </Stack>
        ))}
    </Panel>
  );
}
