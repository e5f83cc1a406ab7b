import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseEntry } from '../../../../domain/cases/entries';
import { requestStanding, type RequestStanding, type VerificationRequest } from '../../../../domain/verification/requests';
import { formatDateTime } from '../../../components/format';
import { useNow } from '../../../data/hooks';
import { byAt } from '../format';

type Check = Extract<CaseEntry, { kind: 'check' }>;

const STANDING_COLOR: Record<RequestStanding, string> = { open: 'blue', overdue: 'red', answered: 'teal', withdrawn: 'gray' };

/** The answer in place (the check it was recorded as), or why and by whom the request was withdrawn. */
function outcome(t: TFunction, request: VerificationRequest, checks: readonly Check[]) {
  if (request.answer) {
    const check = checks.find((entry) => entry.id === request.answer!.entryId);
    const by = byAt(request.answer.by, request.answer.at);
    if (!check) return <Text size="sm">{t('verificationRequest.answerElsewhere', { byAt: by })}</Text>;
    return (
      <Stack gap={2}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('verificationRequest.answerChecked', { text: check.checked })}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('verificationRequest.answerFinding', { text: check.finding })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('verificationRequest.answeredBy', { byAt: by })}
        </Text>
      </Stack>
    );
  }
  const withdrawal = request.withdrawal;
  if (!withdrawal) return null;
  const by = byAt(withdrawal.by, withdrawal.at);
  // Withdrawn by 完成核实 or 终止处理: said so, with the termination's note when there is one.
  const text = withdrawal.cause
    ? [t('verificationRequest.causeBy', { cause: t(`verificationRequest.causes.${withdrawal.cause}`), byAt: by }), withdrawal.reason].filter(Boolean).join('\n')
    : t('verificationRequest.withdrawnBy', { reason: withdrawal.reason, byAt: by });
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  );
}

/**
 * 核实请求 on the case page: each question put to a department, by when, and where it stands — open,
 * overdue (past its reply-by time), answered (the answer shown here) or withdrawn (why).
 */
export function VerificationRequests({ requests, checks }: { requests: readonly VerificationRequest[]; checks: readonly Check[] }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <div>
      <Title order={4} size="h6" mb={4}>
        {t('verificationRequest.title')}
      </Title>
      {requests.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('verificationRequest.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped aria-label={t('verificationRequest.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('verificationRequest.columns.department')}</Table.Th>
                <Table.Th>{t('verificationRequest.columns.question')}</Table.Th>
                <Table.Th>{t('verificationRequest.columns.asked')}</Table.Th>
                <Table.Th>{t('verificationRequest.columns.replyBy')}</Table.Th>
                <Table.Th>{t('verificationRequest.columns.state')}</Table.Th>
                <Table.Th>{t('verificationRequest.columns.answer')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.map((request) => {
                const standing = requestStanding(request, now);
                return (
                  <Table.Tr key={request.id} data-standing={standing}>
                    <Table.Td>{request.department}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{request.question}</Table.Td>
                    <Table.Td>{byAt(request.askedBy, request.askedAt)}</Table.Td>
                    <Table.Td c={standing === 'overdue' ? 'red' : undefined} fw={standing === 'overdue' ? 600 : undefined}>
                      {formatDateTime(request.replyBy)}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STANDING_COLOR[standing]} variant="light">
                        {t(`verificationRequest.states.${standing}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{outcome(t, request, checks)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}
