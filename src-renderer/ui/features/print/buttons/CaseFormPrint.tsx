import { useTranslation } from 'react-i18next';
import { useRoute } from 'wouter';
import { PrintButtons } from '../../../components/PrintButtons';
import { useStoreQuery } from '../../../data/hooks';
import { caseFormRoute, type CaseForm } from '../forms';

interface CaseFormPrintProps {
  form: CaseForm;
  /** The button's text, e.g. 打印定级表. */
  label: string;
}

function CaseFormButtons({ id, form, label }: CaseFormPrintProps & { id: string }) {
  const { t } = useTranslation();
  // Only for the PDF's file name; the print view reads the case itself.
  const no = useStoreQuery('cases.get', { id }, id).data?.no;
  const title = t(`print.titles.${form}`);
  return (
    <PrintButtons
      route={caseFormRoute(id, form)}
      fileName={t('print.fileName', { title, no: no ?? id })}
      printLabel={label}
      pdfLabel={t('print.savePdf')}
    />
  );
}

/**
 * The print control of one stage on the case page. The stage sections hold
 * their stage's record, not the case, so the case comes from the page's route.
 */
export function CaseFormPrint({ form, label }: CaseFormPrintProps) {
  const [onCase, params] = useRoute<{ id: string }>('/cases/:id');
  if (!onCase || !params) return null;
  return <CaseFormButtons id={params.id} form={form} label={label} />;
}
