import { Button, PasswordInput, Radio, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { PRESET_LANGUAGES, type PresetLanguage } from '../../../domain/settings/presets';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../domain/users/user';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommandSubmit } from '../../components/useCommandSubmit';
import { useStore } from '../../data/hooks';
import { AuthCard } from './AuthCard';

/** First run: the administrator account, who then creates the other users. */
export function SetupPage({ onDone }: { onDone(actor: Actor, token: string): void }) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const form = useForm({
    initialValues: { username: 'admin', name: '', password: '', confirm: '' },
    validate: { confirm: (value, values) => (value === values.password ? null : t('auth.passwordsDiffer')) },
  });
  // The names the desk starts with follow the language the setup is done in, until chosen here.
  const [presetsChosen, setPresets] = useState<PresetLanguage | null>(null);
  const presets: PresetLanguage = presetsChosen ?? (i18n.language === 'en' ? 'en' : 'zh-CN');
  const { submit, failure, submitting } = useCommandSubmit(form, ({ username, name, password }: typeof form.values) =>
    store.send('auth.setup', { username, name, password, presets }),
  );

  return (
    <AuthCard title={t('auth.setupTitle')} hint={t('auth.setupHint')}>
      <form
        noValidate
        aria-label={t('auth.setupTitle')}
        onSubmit={form.onSubmit(async (values) => {
          const session = await submit(values);
          if (session) onDone(session.actor, session.token);
        })}
      >
        <Stack>
          <ErrorAlert error={failure} />
          <TextInput label={t('auth.username')} withAsterisk autoComplete="username" {...form.getInputProps('username')} />
          <TextInput label={t('auth.displayName')} withAsterisk {...form.getInputProps('name')} />
          <PasswordInput
            label={t('auth.password')}
            description={t('auth.passwordRule')}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <PasswordInput label={t('auth.confirmPassword')} withAsterisk autoComplete="new-password" {...form.getInputProps('confirm')} />
          <Radio.Group label={t('auth.presets')} description={t('auth.presetsHint')} value={presets} onChange={(value) => setPresets(value as PresetLanguage)}>
            <Stack gap={6} mt={6}>
              {PRESET_LANGUAGES.map((language) => (
                <Radio key={language} value={language} label={t(`auth.presetNames.${language}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Button type="submit" loading={submitting} fullWidth>
            {t('auth.createAdmin')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
