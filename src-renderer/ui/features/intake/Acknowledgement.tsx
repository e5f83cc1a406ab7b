import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { CopyButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import { PrintButtons } from '../../components/PrintButtons';
import { useFormsT } from '../print/frame/PrintLanguage';
import { acknowledgementText } from './format';

/**
 * 客户回执: the confirmation read out, sent or handed to the customer, ready to copy and print; in the
 * forms' language (Chinese unless Settings → 打印 says each user's own), as the printed receipt is.
 */
export function Acknowledgement({ record, centreName }: { record: CaseRecord; centreName: string }) {
  const { t } = useTranslation();
  const forCustomer = useFormsT();
  const text = acknowledgementText(forCustomer.t, record, centreName);
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-body)">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm" id="acknowledgement-title">
            {t('ack.title')}
          </Text>
          <Group gap="xs">
            <CopyButton value={text} timeout={2000}>
              {({ copied, copy }) => (
                <Button color={copied ? 'teal' : undefined} variant={copied ? 'filled' : 'light'} onClick={copy}>
                  {copied ? t('ack.copied') : t('ack.copy')}
                </Button>
              )}
            </CopyButton>
            <PrintButtons route={`/print/case/${record.id}`} fileName={`${record.no}.pdf`} />
          </Group>
        </Group>
        <Text size="sm" aria-labelledby="acknowledgement-title" data-testid="acknowledgement" lang={forCustomer.language ?? undefined} style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      </Stack>
    </Paper>
  );
}
