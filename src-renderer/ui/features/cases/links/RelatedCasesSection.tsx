import { Button, Modal, SimpleGrid, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import type { RelatedCaseView } from '../../../../store/services/cases/links-view';
import { Panel } from '../../../components/Panel';
import { useDialogFocus } from '../../../components/useDialogFocus';
import { useAuth } from '../../auth/AuthGate';
import { Field } from '../Field';
import { byAt } from '../format';
import { LinkCaseForm, UnlinkCaseForm } from './LinkForms';
import { LinkedCaseCard, LinkedCaseList } from './LinkedCaseCard';

type Open = { kind: 'link' } | { kind: 'unlink'; other: RelatedCaseView } | null;

/**
 * 关联投诉: cases related to this one without being duplicates, each a link to the other case with
 * how they are related, the note, who tied them and when; the buttons to link another or undo one
 * for the roles that may. Shown when there is a link or the user may make one.
 */
export function RelatedCasesSection({ record, related }: { record: CaseRecord; related: RelatedCaseView[] }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [open, setOpen] = useState<Open>(null);
  // 解除关联 takes its row away: focus goes to the section's next button, not the top of the page.
  const focus = useDialogFocus(related);
  const mayLink = can('cases.link');
  const mayUnlink = can('cases.unlink');
  if (related.length === 0 && !mayLink) return null;
  const title = t('links.related.title');
  const done = (message: string) => {
    focus.saved();
    setOpen(null);
    notifications.show({ color: 'teal', message });
  };
  return (
    <Panel
      dense
      title={title}
      hint={t('links.related.hint')}
      aside={
        mayLink && (
          <Button size="xs" variant="light" onClick={(event) => {
              focus.opening(event);
              setOpen({ kind: 'link' });
            }}>
            {t('links.related.link')}
          </Button>
        )
      }
    >
      {related.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('links.related.none')}
        </Text>
      ) : (
        <LinkedCaseList label={title}>
          {related.map((r) => (
            <LinkedCaseCard
              key={r.id}
              view={r}
              actions={
                mayUnlink && (
                  <Button size="xs" variant="subtle" color="red" onClick={(event) => {
                      focus.opening(event);
                      setOpen({ kind: 'unlink', other: r });
                    }}>
                    {t('links.related.unlink')}
                  </Button>
                )
              }
            >
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <Field label={t('links.related.kind')}>{t(`links.related.kinds.${r.kind}`)}</Field>
                <Field label={t('links.related.note')}>{r.note}</Field>
                <Field label={t('links.related.by')}>{byAt(r.by, r.at)}</Field>
              </SimpleGrid>
            </LinkedCaseCard>
          ))}
        </LinkedCaseList>
      )}
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open?.kind === 'unlink' ? t('links.related.unlink') : t('links.related.link')}
        closeOnClickOutside={false}
        returnFocus={focus.returnFocus}
      >
        {open?.kind === 'link' && <LinkCaseForm record={record} onDone={done} onCancel={() => setOpen(null)} />}
        {open?.kind === 'unlink' && <UnlinkCaseForm record={record} other={open.other} onDone={done} onCancel={() => setOpen(null)} />}
      </Modal>
    </Panel>
  );
}
