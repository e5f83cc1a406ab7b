import { List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { InfoRequest, Person, ScreeningRecord } from '../../../../domain/cases/case';
import { Field } from '../Field';
import { Panel } from '../../../components/Panel';
import { byAt } from '../format';

/** “需补充：订单号（王晓 · …）；已收到：客户发来订单截图（王晓 · …）”: one request for information, asked and answered. */
export function infoRequestText(t: TFunction, request: InfoRequest, when: (by: Person, at: number) => string): string {
  const asked = t('flow.screening.asked', { missing: request.missing, byAt: when(request.askedBy, request.askedAt) });
  const received = request.received
    ? t('flow.screening.received', { note: request.received.note || t('case.none'), byAt: when(request.received.by, request.received.at) })
    : t('flow.screening.notReceived');
  return `${asked}${t('flow.screening.then')}${received}`;
}

/**
 * 初审: the decision, and its reason, destination or the information still missing; and every
 * request for information with when it came, which stay after the decision that followed.
 */
export function ScreeningSection({ screening, infoRequests = [] }: { screening: ScreeningRecord | null; infoRequests?: readonly InfoRequest[] }) {
  const { t } = useTranslation();
  return (
    <Panel dense title={t('flow.section.screening')}>
      <Stack gap="sm">
        {screening ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Field label={t('flow.screening.decision')}>{t(`flow.screening.decisions.${screening.decision}`)}</Field>
            <Field label={t('flow.screening.by')}>{byAt(screening.by, screening.at)}</Field>
            {screening.decision === 'accepted' && <Field label={t('flow.text.screening.accept')}>{screening.reason}</Field>}
            {screening.decision === 'redirected' && (
              <>
                <Field label={t('flow.form.redirectReason')}>{screening.reason}</Field>
                <Field label={t('flow.form.referredTo')}>{screening.referredTo}</Field>
              </>
            )}
            {screening.decision === 'awaiting_info' && <Field label={t('flow.text.screening.requestInfo')}>{screening.missing}</Field>}
          </SimpleGrid>
        ) : (
          <Text size="sm" c="dimmed">
            {t('flow.screening.undecided')}
          </Text>
        )}
        {infoRequests.length > 0 && (
          <Field label={t('flow.field.infoRequests')}>
            <List type="ordered" size="sm" spacing={2}>
              {infoRequests.map((request) => (
                <List.Item key={request.askedAt}>{infoRequestText(t, request, byAt)}</List.Item>
              ))}
            </List>
          </Field>
        )}
      </Stack>
    </Panel>
  );
}
