import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SOCIAL_ACCOUNT_MAX } from '../../../domain/cases/account';
import { SOCIAL_PLATFORMS, type SocialPlatform } from '../../../domain/cases/vocabulary';

interface SocialAccountFieldsProps {
  platform: SocialPlatform | '';
  account: string;
  onPlatformChange(platform: SocialPlatform | ''): void;
  onAccountChange(account: string): void;
  platformError?: ReactNode;
  accountError?: ReactNode;
  /** Shown under the account: why it matters for this complaint's channel. */
  description?: string;
  /** A role that sees contacts masked reads them, it does not change them. */
  readOnly?: boolean;
}

/** 账号平台 and 社交/应用账号, side by side: the intake form's and the correction form's. */
export function SocialAccountFields(props: SocialAccountFieldsProps) {
  const { t } = useTranslation();
  const { platform, account, readOnly = false } = props;
  const variant = readOnly ? ('filled' as const) : undefined;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Select
        label={t('socialAccount.platform')}
        clearable={!readOnly}
        readOnly={readOnly}
        variant={variant}
        data={SOCIAL_PLATFORMS.map((value) => ({ value, label: t(`socialPlatform.${value}`) }))}
        value={platform === '' ? null : platform}
        onChange={(value) => props.onPlatformChange((value ?? '') as SocialPlatform | '')}
        error={props.platformError}
      />
      <TextInput
        style={{ gridColumn: 'span 2' }}
        label={t('socialAccount.account')}
        placeholder={readOnly ? undefined : t('socialAccount.accountPlaceholder')}
        description={props.description}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        autoComplete="off"
        maxLength={SOCIAL_ACCOUNT_MAX * 2}
        readOnly={readOnly}
        variant={variant}
        value={account}
        onChange={(event) => props.onAccountChange(event.currentTarget.value)}
        error={props.accountError}
      />
    </SimpleGrid>
  );
}
