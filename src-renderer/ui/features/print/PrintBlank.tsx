import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePlatform, useStoreQuery } from '../../data/hooks';
import { BLANK_FORMS, isBlankForm, type BlankForm } from './forms';
import { PrintDocument } from './frame/PrintDocument';
import { RegistrationSheet } from './sheets/RegistrationSheet';
import { SurveySheet } from './sheets/SurveySheet';
import { UnknownForm } from './UnknownForm';

function LoadedBlankForm({ form }: { form: BlankForm }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const settings = useStoreQuery('settings.get', {}, 'settings');

  useEffect(() => {
    if (settings.data || settings.error) platform.printReady();
  }, [settings.data, settings.error, platform]);

  if (settings.error) return <ErrorAlert error={settings.error} />;
  if (!settings.data) return null;
  const { centreName, print } = settings.data;
  return (
    <PrintDocument title={t(`print.titles.${form}`)} centreName={centreName} print={print} caseNo={null}>
      {form === 'registration' ? <RegistrationSheet record={null} attachments={[]} centreName={centreName} /> : <SurveySheet record={null} />}
    </PrintDocument>
  );
}

/** `/print/blank/:form`: a form to fill by hand (a walk-in customer, a survey at the counter). */
export function PrintBlank({ form }: { form: string }) {
  if (!isBlankForm(form)) return <UnknownForm form={form} forms={BLANK_FORMS} />;
  return <LoadedBlankForm form={form} />;
}
