import { Fieldset, SimpleGrid, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { settingsRange } from '../numberField';
import { RangeNumberInput } from '../RangeNumberInput';
import type { KeyedValues } from '../useSettingsForm';

export const HOTSPOT_FIELDS = ['recentDays', 'baselineDays', 'minCount', 'minRatio'] as const;

/** 批量投诉苗头: when a rise of one category or keyword counts as an early warning, with the rule spelled out. */
export function HotspotFields({ form }: { form: UseFormReturnType<KeyedValues<'assist'>> }) {
  const { t } = useTranslation();
  const { recentDays, baselineDays, minCount, minRatio } = form.values.assist.hotspots;
  const complete = [recentDays, baselineDays, minCount, minRatio].every((value) => typeof value === 'number');
  return (
    <Fieldset legend={t('lexicon.hotspots.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('lexicon.hotspots.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {HOTSPOT_FIELDS.map((name) => (
          <RangeNumberInput
            key={name}
            label={t(`lexicon.hotspots.${name}`)}
            hint={t(`lexicon.hotspots.${name}Hint`)}
            range={settingsRange(`assist.hotspots.${name}`)}
            {...form.getInputProps(`assist.hotspots.${name}`)}
          />
        ))}
      </SimpleGrid>
      {complete && (
        <Text size="sm" mt="sm" data-testid="hotspot-summary">
          {t('lexicon.hotspots.summary', { recent: recentDays, baseline: baselineDays, count: minCount, ratio: minRatio })}
        </Text>
      )}
    </Fieldset>
  );
}
