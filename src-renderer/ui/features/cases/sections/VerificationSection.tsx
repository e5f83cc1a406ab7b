import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VerificationRecord } from '../../../../domain/cases/case';
import type { CaseEntry } from '../../../../domain/cases/entries';
import { formatDateTime } from '../../../components/format';
import { Field } from '../Field';
import { Panel } from '../../../components/Panel';
import { byAt, contactSummaryText, contactWayText } from '../format';
import type { VerificationRequest } from '../../../../domain/verification/requests';
import { VerificationRequests } from './VerificationRequests';

type Check = Extract<CaseEntry, { kind: 'check' }>;
type Contact = Extract<CaseEntry, { kind: 'contact' }>;

/**
 * 核实: checks with departments (by phone, or a department's answer to a 核实请求), the requests sent to
 * departments (`requests`: absent where the case never asks any more), contacts with the customer,
 * and the conclusion.
 */
export function VerificationSection({
  checks,
  contacts,
  verification,
  requests,
}: {
  checks: Check[];
  contacts: Contact[];
  verification: VerificationRecord | null;
  requests?: readonly VerificationRequest[];
}) {
  const { t } = useTranslation();
  return (
    <Panel dense title={t('flow.section.verification')}>
      <Stack gap="md">
        {requests && <VerificationRequests requests={requests} checks={checks} />}
        <div>
          <Title order={4} size="h6" mb={4}>
            {t('flow.verification.checks')}
          </Title>
          {checks.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('flow.verification.noChecks')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table withTableBorder striped aria-label={t('flow.verification.checks')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('flow.form.checkDepartment')}</Table.Th>
                    <Table.Th>{t('flow.form.checked')}</Table.Th>
                    <Table.Th>{t('flow.form.finding')}</Table.Th>
                    <Table.Th>{t('flow.recordedBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {checks.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        {c.department}
                        {c.requestId !== undefined && (
                          <Text size="xs" c="dimmed">
                            {t('verificationRequest.fromRequest')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.checked}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.finding}</Table.Td>
                      <Table.Td>{byAt(c.by, c.at)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </div>
        <div>
          <Title order={4} size="h6" mb={4}>
            {t('flow.verification.contacts')}
          </Title>
          {contacts.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('flow.verification.noContacts')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table withTableBorder striped aria-label={t('flow.verification.contacts')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('flow.form.contactedAt')}</Table.Th>
                    <Table.Th>{t('flow.form.contactChannel')}</Table.Th>
                    <Table.Th>{t('flow.form.contactSummary')}</Table.Th>
                    <Table.Th>{t('flow.recordedBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {contacts.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{formatDateTime(c.contactedAt)}</Table.Td>
                      <Table.Td>{contactWayText(t, c)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{contactSummaryText(t, c)}</Table.Td>
                      <Table.Td>{c.by.name}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </div>
        {verification && (
          <Field label={t('flow.labelBy', { label: t('flow.text.verification.complete'), by: byAt(verification.by, verification.at) })}>{verification.conclusion}</Field>
        )}
      </Stack>
    </Panel>
  );
}
