import { Badge, Button, CloseButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLogRow } from '../../../../store/services/audit/list';
import type { BrokenChain } from '../../../../store/services/audit/verify-all';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FieldErrorText } from '../../../components/FieldErrorText';
import { useAuth } from '../../auth/AuthGate';
import { AuditEventModal } from './AuditEventModal';
import { AuditFilters, NO_AUDIT_FILTER, toQuery } from './AuditFilters';
import { AuditLogTable } from './AuditLogTable';
import { ChainCheckPanel } from './ChainCheckPanel';
import { subjectText } from './labels';
import { useAuditLog, type AuditQuery } from './useAuditLog';

const PAGE_SIZE = 50;
/** Events shown above a break, so what came right after it is in view too. */
const AFTER_BREAK = 5;

/** 审计日志: every command of every user, filtered; the chain check, and the log around any break it finds. */
export function AuditLogTab() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [query, setQuery] = useState<AuditQuery>(toQuery(NO_AUDIT_FILTER));
  // A chain the check found broken: the log shows that chain only, from just after the break down.
  const [chain, setChain] = useState<BrokenChain | null>(null);
  const [open, setOpen] = useState<AuditLogRow | null>(null);
  const [version, setVersion] = useState(0);
  const log = useAuditLog(query, PAGE_SIZE, version);
  const caseNoField = log.error?.data.fields?.find((field) => field.field === 'caseNo');

  const showBreak = (broken: BrokenChain) => {
    setChain(broken);
    setQuery({ subject: broken.subject, cursor: { at: 0, subject: broken.subject, n: broken.brokenAt + AFTER_BREAK + 1 } });
  };

  return (
    <Stack maw={1200}>
      <div>
        <Title order={3} size="h4">
          {t('security.audit.title')}
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          {t('security.audit.hint')}
        </Text>
      </div>
      {can('audit.verify') && <ChainCheckPanel onShowBreak={showBreak} />}
      <Paper withBorder p="lg">
        <Stack>
          <AuditFilters
            onApply={(values) => {
              setChain(null);
              setQuery(toQuery(values));
              setVersion((v) => v + 1);
            }}
            caseNoError={caseNoField && <FieldErrorText error={caseNoField} />}
          />
          {chain && (
            <Group gap="xs">
              <Badge color="red" variant="light" tt="none" size="lg">
                {t('security.audit.subjectFilter', { subject: subjectText(t, chain) })}
              </Badge>
              <CloseButton
                aria-label={t('security.audit.clear')}
                onClick={() => {
                  setChain(null);
                  setQuery(toQuery(NO_AUDIT_FILTER));
                }}
              />
            </Group>
          )}
          {!caseNoField && <ErrorAlert error={log.error} />}
          <AuditLogTable rows={log.rows} onOpen={setOpen} breakAt={chain ? { subject: chain.subject, n: chain.brokenAt, reason: chain.reason } : undefined} />
          {/* One page reads so many events at most: none matching among them is not none at all while more are left. */}
          {!log.loading && log.rows.length === 0 && !log.error && (
            <Text c="dimmed" size="sm">
              {t(log.hasMore ? 'security.audit.noneYet' : 'security.audit.none')}
            </Text>
          )}
          {log.hasMore ? (
            <Button variant="default" onClick={log.loadMore} loading={log.loading} w="fit-content">
              {t(log.rows.length === 0 ? 'security.audit.searchOn' : 'security.audit.more')}
            </Button>
          ) : (
            log.rows.length > 0 && (
              <Text c="dimmed" size="sm">
                {t('security.audit.end')}
              </Text>
            )
          )}
        </Stack>
      </Paper>
      {open && <AuditEventModal row={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
