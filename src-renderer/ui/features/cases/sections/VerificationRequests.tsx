import { Anchor, Badge, Box, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseEntry } from '../../../../domain/cases/entries';
import { requestStanding, type RequestStanding, type VerificationRequest } from '../../../../domain/verification/requests';
import { formatDateTime } from '../../../components/format';
import { useNow } from '../../../data/hooks';
import { byAt } from '../format';

type Check = Extract<CaseEntry, { kind: 'check' }>;

const STANDING_COLOR: Record<RequestStanding, string> = { open: 'blue', overdue: 'red', answered: 'teal', answeredLate: 'orange', withdrawn: 'gray' };

/**
 * The columns of one line each (who, when, where it stands): never wrapped, never squeezed by a long
 * question — a table gives a column no less than its cells' unbreakable width.
 */
const ONE_LINE: CSSProperties = { whiteSpace: 'nowrap' };
/** The texts that wrap keep a readable width however wide their neighbours are (a long word breaks). */
const TEXT_COLUMN: CSSProperties = { minWidth: '10rem', overflowWrap: 'anywhere' };

/** A text longer than this (or of more lines) is shown clamped, with 展开全文 to read it whole. */
const LONG_CHARS = 160;
const CLAMP_LINES = 5;
const isLong = (text: string) => text.length > LONG_CHARS || text.split('\n').length > CLAMP_LINES;

/** A question or answer in the table: whole when short, else its first lines and a toggle to read the rest. */
function LongText({ text }: { text: string }) {
  const { t } = useTranslation();
  const [whole, setWhole] = useState(false);
  const id = useId();
  if (!isLong(text)) {
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    );
  }
  return (
    <div>
      <Text id={id} size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={whole ? undefined : CLAMP_LINES}>
        {text}
      </Text>
      <Anchor component="button" type="button" size="xs" aria-expanded={whole} aria-controls={id} onClick={() => setWhole((shown) => !shown)}>
        {t(whole ? 'verificationRequest.less' : 'verificationRequest.more')}
      </Anchor>
    </div>
  );
}

/** The answer in place (the check it was recorded as), or why and by whom the request was withdrawn. */
function outcome(t: TFunction, request: VerificationRequest, checks: readonly Check[]) {
  if (request.answer) {
    const check = checks.find((entry) => entry.id === request.answer!.entryId);
    const by = byAt(request.answer.by, request.answer.at);
    if (!check) return <Text size="sm">{t('verificationRequest.answerElsewhere', { byAt: by })}</Text>;
    return (
      <Stack gap={2}>
        <LongText text={t('verificationRequest.answerChecked', { text: check.checked })} />
        <LongText text={t('verificationRequest.answerFinding', { text: check.finding })} />
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
  return <LongText text={text} />;
}

/**
 * 核实请求 on the case page: each question put to a department, by when, and where it stands — open,
 * overdue (past its reply-by time), answered (the answer shown here; 已回复（逾期） when it came after
 * the reply-by time) or withdrawn (why). Department, times and state keep to one line each; only the
 * question and the answer wrap, a long one clamped until opened.
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
          <Table withTableBorder striped verticalSpacing={6} aria-label={t('verificationRequest.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={ONE_LINE}>{t('verificationRequest.columns.department')}</Table.Th>
                <Table.Th>{t('verificationRequest.columns.question')}</Table.Th>
                <Table.Th style={ONE_LINE}>{t('verificationRequest.columns.asked')}</Table.Th>
                <Table.Th style={ONE_LINE}>{t('verificationRequest.columns.replyBy')}</Table.Th>
                <Table.Th style={ONE_LINE}>{t('verificationRequest.columns.state')}</Table.Th>
                <Table.Th>{t('verificationRequest.columns.answer')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.map((request) => {
                const standing = requestStanding(request, now);
                return (
                  <Table.Tr key={request.id} data-standing={standing}>
                    <Table.Td style={ONE_LINE}>{request.department}</Table.Td>
                    <Table.Td>
                      <Box style={TEXT_COLUMN}>
                        <LongText text={request.question} />
                      </Box>
                    </Table.Td>
                    {/* Who above when: the column is as wide as a time, not as a name and a time. */}
                    <Table.Td style={ONE_LINE}>
                      <Text size="sm">{request.askedBy.name}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(request.askedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td style={ONE_LINE} c={standing === 'overdue' ? 'red' : undefined} fw={standing === 'overdue' ? 600 : undefined}>
                      {formatDateTime(request.replyBy)}
                    </Table.Td>
                    <Table.Td style={ONE_LINE}>
                      {/* A badge clips its label to the width it is given: it is given the whole label. */}
                      <Badge color={STANDING_COLOR[standing]} variant="light" style={{ minWidth: 'max-content' }}>
                        {t(`verificationRequest.states.${standing}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Box style={TEXT_COLUMN}>{outcome(t, request, checks)}</Box>
                    </Table.Td>
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
