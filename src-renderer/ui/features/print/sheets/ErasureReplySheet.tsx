import { useTranslation } from 'react-i18next';
import type { ErasureCaseLine, ErasureView } from '../../../../store/services/privacy/erasure-views';
import { formatDateTime } from '../../../components/format';
import { keyText, lineReason, lineState, verificationText } from '../../settings/privacy/erasure/lineText';
import { FieldRows, type FieldRow } from '../frame/FieldRows';
import { FieldTable } from '../frame/FieldTable';
import { ListTable } from '../frame/ListTable';
import { SectionRow } from '../frame/SectionRow';
import { Signatures } from '../frame/Signatures';
import classes from './letter.module.css';

/** One part of the letter in words: its heading row and the paragraphs under it. */
function TextSection({ title, paragraphs }: { title: string; paragraphs: string[] }) {
  return (
    <>
      <SectionRow title={title} />
      {paragraphs.map((text) => (
        <tr key={text}>
          <td colSpan={4} className={classes.text}>
            {text}
          </td>
        </tr>
      ))}
    </>
  );
}

/**
 * 个人信息删除处理结果告知书: to the requester, what the centre did with their request — each case
 * deleted, deferred until it ends, or refused and why (a legal hold by its kind, never its file
 * number) — what was deleted, what is kept and why, and where to turn if they disagree: a court too
 * where anything was refused (第五十条). It names them in full (for roles that see contacts) until
 * the final reply is recorded as delivered, masked after.
 */
export function ErasureReplySheet({ view }: { view: ErasureView }) {
  const { t } = useTranslation();
  const { request, counts } = view;
  const f = (key: string) => t(`erasureReply.fields.${key}`);
  // A refusal decides for every case of the customer's not deleted, whatever it waited for.
  const refusedLine = (line: ErasureCaseLine) => request.refusal !== null && line.state !== 'done' && line.state !== 'notCustomer';
  const kept = [
    t('erasureReply.keptStats'),
    ...(request.refusal ? [t('erasureReply.keptRefused')] : counts.waiting + counts.eligible > 0 ? [t('erasureReply.keptWaiting')] : []),
    ...(counts.held > 0 ? [t('erasureReply.keptHeld')] : []),
    t('erasureReply.keptAudit'),
  ];
  const verification = verificationText(t, request);
  // 第五十条: a refusal, of the request or of a held case, may be taken to court.
  const objection = [t('erasureReply.objection'), ...(request.refusal || counts.held > 0 ? [t('erasureReply.objectionCourt')] : [])];

  return (
    <>
      <p className={classes.letter}>{t('erasureReply.to', { name: request.requester })}</p>
      <p className={classes.letter}>{t('erasureReply.opening', { receivedAt: formatDateTime(request.receivedAt), channel: t(`channel.${request.channel}`) })}</p>
      <FieldTable label={t('erasureReply.sections.request')}>
        <SectionRow title={t('erasureReply.sections.request')} />
        <FieldRows
          rows={[
            [
              { label: f('requester'), value: request.requester },
              { label: f('key'), value: keyText(t, request.key) },
            ],
            [
              { label: f('receivedAt'), value: formatDateTime(request.receivedAt) },
              { label: f('channel'), value: t(`channel.${request.channel}`) },
            ],
            [{ label: f('verification'), value: verification }],
            [{ label: f('grounds'), value: t(`erasure.grounds.${request.grounds}`) }],
            [
              { label: f('dueAt'), value: formatDateTime(request.dueAt) },
              { label: f('answeredAt'), value: view.answeredAt === null ? t('erasure.detail.notAnswered') : formatDateTime(view.answeredAt) },
            ],
            [{ label: f('outcome'), value: t(`erasure.outcome.${view.outcome}`) }],
            ...(request.refusal ? [[{ label: f('refusal'), value: request.refusal.reason, tall: true }] satisfies FieldRow] : []),
          ]}
        />
      </FieldTable>
      <ListTable
        title={t('erasureReply.sections.cases')}
        headers={['no', 'receivedAt', 'result', 'note'].map((key) => t(`erasureReply.caseColumns.${key}`))}
        widths={[22, 18, 14, 46]}
        rows={view.cases
          // A case found to be another person's is not the requester's business: the letter leaves it out.
          .filter((line) => line.state !== 'notCustomer')
          .map((line) => ({
          key: line.id,
          cells: [line.no, formatDateTime(line.receivedAt), refusedLine(line) ? t('erasure.state.held') : lineState(t, line), refusedLine(line) ? request.refusal!.reason : lineReason(t, line, { forRequester: true })],
        }))}
        empty={t('case.none')}
      />
      <FieldTable label={t('erasureReply.title')}>
        <TextSection title={t('erasureReply.sections.deleted')} paragraphs={[counts.done > 0 ? t('erasureReply.deleted') : t('erasureReply.nothingDeleted')]} />
        <TextSection title={t('erasureReply.sections.kept')} paragraphs={kept} />
        <TextSection title={t('erasureReply.sections.objection')} paragraphs={objection} />
      </FieldTable>
      <Signatures labels={[t('erasureReply.signatureHandler'), t('erasureReply.signatureSeal')]} />
    </>
  );
}
