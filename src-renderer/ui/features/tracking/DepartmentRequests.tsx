import { Anchor, Badge, Button, Collapse, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { requestStanding } from '../../../domain/verification/requests';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useNow, useStoreQuery } from '../../data/hooks';
import { useAuth } from '../auth/AuthGate';

/** Number, category, who asked and the dates keep to one line: the table gives such a column its whole width. */
const ONE_LINE: CSSProperties = { whiteSpace: 'nowrap' };
/**
 * Tall enough for a header and at least five rows of one line (compact, ~35 px each) before it
 * scrolls: the queue should show a day's work, not two and a half requests.
 */
const QUEUE_MAX_HEIGHT = 250;

/**
 * 待本部门核实, above the tracking table (where 我的待办 is): the open 核实请求 sent to the signed-in
 * user's own department, earliest reply-by first, overdue ones marked; each opens its case, where
 * 回复核实请求 records the answer. Shown to those who may answer, and only while there are some. Each
 * row is one line: the question is cut to it, whole in its tooltip (title) and on the case page.
 */
export function DepartmentRequests() {
  const { can } = useAuth();
  return can('verification.answerRequest') ? <Queue /> : null;
}

function Queue() {
  const { t } = useTranslation();
  const { actor } = useAuth();
  const now = useNow();
  const titleId = useId();
  const [expanded, setExpanded] = useState(true);
  const queue = useStoreQuery('verification.departmentQueue', {}, 'department-queue');
  const rows = queue.data ?? [];
  if (queue.error) return <ErrorAlert error={queue.error} />;
  if (rows.length === 0) return null;
  const overdue = rows.filter((row) => requestStanding(row.request, now) === 'overdue').length;
  return (
    <Paper withBorder p="xs" component="section" aria-labelledby={titleId} style={{ flexShrink: 0 }}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs">
          <Title order={3} size="h5" id={titleId}>
            {t('verificationRequest.queue.titleCount', { count: rows.length })}
          </Title>
          {overdue > 0 && (
            <Badge color="red" variant="light">
              {t('verificationRequest.queue.overdueCount', { count: overdue })}
            </Badge>
          )}
        </Group>
        <Button variant="subtle" size="xs" aria-expanded={expanded} onClick={() => setExpanded((shown) => !shown)}>
          {t(expanded ? 'verificationRequest.queue.hide' : 'verificationRequest.queue.show')}
        </Button>
      </Group>
      <Collapse expanded={expanded}>
        <Stack gap={4} mt={4}>
          <Text size="xs" c="dimmed">
            {t('verificationRequest.queue.hint', { department: actor.department })}
          </Text>
          <ScrollArea.Autosize mah={QUEUE_MAX_HEIGHT} type="auto">
            <Table striped withTableBorder verticalSpacing={6} aria-labelledby={titleId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th style={ONE_LINE}>{t('verificationRequest.queue.columns.no')}</Table.Th>
                  <Table.Th style={ONE_LINE}>{t('verificationRequest.queue.columns.category')}</Table.Th>
                  <Table.Th>{t('verificationRequest.queue.columns.question')}</Table.Th>
                  <Table.Th style={ONE_LINE}>{t('verificationRequest.queue.columns.asked')}</Table.Th>
                  <Table.Th style={ONE_LINE}>{t('verificationRequest.queue.columns.replyBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ caseId, no, category, request }) => {
                  const late = requestStanding(request, now) === 'overdue';
                  return (
                    <Table.Tr key={request.id} data-overdue={late || undefined}>
                      <Table.Td style={ONE_LINE}>
                        <Anchor href={`#/cases/${caseId}`} aria-label={t('verificationRequest.queue.open', { no })}>
                          {no}
                        </Anchor>
                      </Table.Td>
                      <Table.Td style={ONE_LINE}>{category ? t(`category.${category}`) : t('verificationRequest.queue.noCategory')}</Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={1} miw="10rem" title={request.question} style={{ overflowWrap: 'anywhere' }}>
                          {request.question}
                        </Text>
                      </Table.Td>
                      <Table.Td style={ONE_LINE}>{t('verificationRequest.byAt', { name: request.askedBy.name, at: formatDateTime(request.askedAt) })}</Table.Td>
                      <Table.Td style={ONE_LINE} c={late ? 'red' : undefined} fw={late ? 600 : undefined}>
                        {formatDateTime(request.replyBy)}
                        {late && (
                          <Badge color="red" size="xs" ml={6}>
                            {t('verificationRequest.queue.overdue')}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Stack>
      </Collapse>
    </Paper>
  );
}
