import { Fieldset, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../domain/settings/settings';
import { settingsRange } from '../numberField';
import { RangeNumberInput } from '../RangeNumberInput';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';
import { HOTSPOT_FIELDS, HotspotFields } from './HotspotFields';
import { LexiconEditor } from './LexiconEditor';
import { TryLexicon } from './TryLexicon';

/**
 * The whole `assist` key in one form, saved at once, so that the lexicon and the
 * numbers are never saved over each other from two stale copies.
 */
export function AssistForm({ assist }: { assist: Settings['assist'] }) {
  const { t } = useTranslation();
  const state = useSettingsForm('assist', { assist } satisfies KeyedValues<'assist'>, (values) => values.assist, {
    numbers: ['assist.repeatWindowDays', ...HOTSPOT_FIELDS.map((name) => `assist.hotspots.${name}`)],
  });
  const { form } = state;

  return (
    <Stack>
      <SettingsForm title={t('lexicon.settings.title')} hint={t('lexicon.settings.hint')} state={state}>
        <Fieldset legend={t('lexicon.repeat.title')}>
          <RangeNumberInput
            label={t('lexicon.repeat.windowDays')}
            hint={t('lexicon.repeat.windowHint')}
            range={settingsRange('assist.repeatWindowDays')}
            maw={520}
            {...form.getInputProps('assist.repeatWindowDays')}
          />
        </Fieldset>
        <HotspotFields form={form} />
        <LexiconEditor form={form} />
      </SettingsForm>
      <TryLexicon lexicon={form.values.assist.lexicon} />
    </Stack>
  );
}
