import { useTranslation } from 'react-i18next';
import { PrintButtons } from '../../../components/PrintButtons';
import { blankFormRoute, type BlankForm } from '../forms';

/** Prints a form to fill by hand, e.g. 空白登记表 for a customer who walks in. */
export function BlankFormPrint({ form, label }: { form: BlankForm; label: string }) {
  const { t } = useTranslation();
  return <PrintButtons route={blankFormRoute(form)} fileName={t('print.blankFileName', { title: t(`print.titles.${form}`) })} printLabel={label} />;
}
