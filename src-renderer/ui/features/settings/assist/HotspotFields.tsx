import { Fieldset, NumberInput, SimpleGrid, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { KeyedValues } from '../useSettingsForm';

const FIELDS = [
  { name: 'recentDays', min: 1, max: 30, decimals: false },
  { name: 'baselineDays', min: 7, max: 365, decimals: false },
  { name: 'minCount', min: 1, max: 1000, decimals: false },
  { name: 'minRatio', min: 1, max: 100, decimals: true },
] as const;

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
        {FIELDS.map(({ name, min, max, decimals }) => (
          <NumberInput
            key={name}
            label={t(`lexicon.hotspots.${name}`)}
            description={t(`lexicon.hotspots.${name}Hint`)}
            min={min}
            max={max}
            allowDecimal={decimals}
            decimalScale={decimals ? 2 : undefined}
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
