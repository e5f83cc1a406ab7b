import { useTranslation } from 'react-i18next';
import type { CaseLinks } from '../../../../store/services/cases/links-view';
import { formatDateTime } from '../../../components/format';
import { customerText, informStateText, mergedByText } from '../../cases/links/linkText';
import { ListTable } from '../frame/ListTable';
import { whoWhen } from './caseRows';

/**
 * 并入本单的投诉 and 关联投诉 on the progress tracking form: each merged duplicate with its customer
 * (masked as on screen), what it said, when it was merged and whether its customer was told the
 * result; each related case with the relation and the note. Only when there are any.
 */
export function LinkedCases({ links }: { links: CaseLinks }) {
  const { t } = useTranslation();
  return (
    <>
      {links.merged.length > 0 && (
        <ListTable
          title={t('links.merged.title')}
          headers={[t('print.caseNo'), t('links.row.customer'), t('links.row.excerpt'), t('links.merged.by'), t('links.inform.outcome')]}
          widths={[18, 18, 30, 16, 18]}
          empty=""
          rows={links.merged.map((m) => ({
            key: m.id,
            cells: [
              `${m.no}\n${formatDateTime(m.receivedAt)}\n${t(`channel.${m.channel}`)}`,
              customerText(t, m, '\n'),
              m.excerpt,
              [mergedByText(t, m), m.note].filter(Boolean).join('\n'),
              informStateText(t, m),
            ],
          }))}
        />
      )}
      {links.related.length > 0 && (
        <ListTable
          title={t('links.related.title')}
          headers={[t('print.caseNo'), t('links.related.kind'), t('links.row.customer'), t('links.related.note'), t('links.related.by')]}
          widths={[18, 14, 20, 30, 18]}
          empty=""
          rows={links.related.map((r) => ({
            key: r.id,
            cells: [`${r.no}\n${t(`status.${r.status}`)}`, t(`links.related.kinds.${r.kind}`), customerText(t, r, '\n'), r.note || t('case.none'), whoWhen(r.by, r.at, '')],
          }))}
        />
      )}
    </>
  );
}
