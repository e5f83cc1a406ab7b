import { Group, Text, Timeline as MantineTimeline } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../domain/audit/chain';
import type { CaseEntry } from '../../../domain/cases/entries';
import type { Person } from '../../../domain/cases/case';
import { formatDateTime } from '../../components/format';
import { AuditCheck } from './AuditCheck';
import { commandLabel } from './actions/labels';
import { eventText } from './eventText';
import { Panel } from '../../components/Panel';

/** Events that create a case: every field is "changed", so none is listed. */
const CREATION = new Set(['cases.register', 'demo.seed', 'imports.case']);

/** An imported case: where it came from (its creation is an event of the import job's chain, not its own). */
export interface ImportOrigin {
  row: number;
  externalId?: string;
  at: number;
  by: { name: string };
}

/**
 * Fields every command touches, or that only restate the event (a correction's own note, the running
 * total of the files an added one grows: the entry names the file); naming them would bury the ones that matter.
 */
const NOISE = new Set(['updatedAt', 'nextDueAt', 'responseDueAt', 'corrections', 'attachmentBytes']);

function actorLabel(t: TFunction, event: AuditEvent): string {
  if (event.actor.role === 'system') return t('flow.timeline.system');
  return `${event.actor.name} · ${t(`role.${event.actor.role}`, { defaultValue: event.actor.role })}`;
}

/**
 * Who had the case before and who has it after, when an event moved it to another owner (转交负责人, a
 * plan's approval giving it to the plan's 负责人); undefined when the owner stayed or the case was new.
 */
function ownerChange(event: AuditEvent): { from: string; to: string } | undefined {
  const change = event.changes.owner;
  const before = change?.before as Person | null | undefined;
  const after = change?.after as Person | null | undefined;
  // By id: two colleagues may share a name (王伟 → 王伟).
  return before && after && before.id !== after.id ? { from: before.name, to: after.name } : undefined;
}

/** 处理记录: every audit event of the case, newest first, with who, when and what changed. */
export function Timeline({
  caseId,
  events,
  entries,
  imported,
}: {
  caseId: string;
  events: AuditEvent[];
  entries: CaseEntry[];
  imported?: ImportOrigin;
}) {
  const { t } = useTranslation();
  const newestFirst = [...events].sort((a, b) => b.n - a.n);
  return (
    <Panel dense title={t('flow.section.timeline')} aside={<AuditCheck caseId={caseId} />}>
      <MantineTimeline bulletSize={12} lineWidth={2} active={-1}>
        {newestFirst.map((event) => {
          const status = event.changes.status?.before ? event.changes.status : undefined;
          const handover = ownerChange(event);
          const fields = CREATION.has(event.command) ? [] : Object.keys(event.changes).filter((k) => !NOISE.has(k));
          const detail = eventText(t, event, entries);
          return (
            <MantineTimeline.Item key={event.n} title={commandLabel(t, event.command, event.detail?.revised === true)}>
              <Text size="xs" c="dimmed">
                #{event.n} · {formatDateTime(event.at)} · {actorLabel(t, event)}
              </Text>
              {status && (
                <Group gap={4}>
                  <Text size="sm">
                    {t('flow.timeline.statusChange', { from: t(`status.${String(status.before)}`), to: t(`status.${String(status.after)}`) })}
                  </Text>
                </Group>
              )}
              {handover && (
                <Text size="sm">{t('flow.timeline.ownerChange', handover)}</Text>
              )}
              {fields.length > 0 && (
                <Text size="xs" c="dimmed">
                  {t('flow.timeline.changed', {
                    fields: fields.map((f) => t(`flow.field.${f}`, { defaultValue: f })).join(t('flow.listSeparator')),
                  })}
                </Text>
              )}
              {detail && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {detail}
                </Text>
              )}
            </MantineTimeline.Item>
          );
        })}
        {imported && (
          <MantineTimeline.Item title={t('flow.timeline.imported')}>
            <Text size="xs" c="dimmed">
              {formatDateTime(imported.at)} · {imported.by.name}
            </Text>
            <Text size="sm">
              {imported.externalId
                ? t('flow.timeline.importedFromExternal', { row: imported.row, externalId: imported.externalId })
                : t('flow.timeline.importedFrom', { row: imported.row })}
            </Text>
          </MantineTimeline.Item>
        )}
      </MantineTimeline>
    </Panel>
  );
}
