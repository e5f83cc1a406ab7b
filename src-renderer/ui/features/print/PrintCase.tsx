import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../store/services/cases/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePlatform, useStoreQuery } from '../../data/hooks';
import { CASE_FORMS, isCaseForm, type CaseForm } from './forms';
import { PrintDocument } from './frame/PrintDocument';
import { GradingSheet } from './sheets/GradingSheet';
import { PlanSheet } from './sheets/PlanSheet';
import { ProgressSheet } from './sheets/ProgressSheet';
import { RegistrationSheet } from './sheets/RegistrationSheet';
import { SurveySheet } from './sheets/SurveySheet';
import { UnknownForm } from './UnknownForm';

function Sheet({ form, detail, centreName }: { form: CaseForm; detail: CaseDetail; centreName: string }) {
  const { record } = detail;
  switch (form) {
    case 'registration':
      return <RegistrationSheet record={record} attachments={detail.attachments} centreName={centreName} ownerStanding={detail.ownerStanding} />;
    case 'grading':
      return <GradingSheet record={record} entries={detail.entries} />;
    case 'plan':
      return <PlanSheet record={record} ownerStanding={detail.planOwnerStanding} />;
    case 'progress':
      return <ProgressSheet record={record} entries={detail.entries} links={detail.links} ownerStanding={detail.ownerStanding} attachments={detail.attachments} />;
    case 'survey':
      return <SurveySheet record={record} entries={detail.entries} />;
  }
}

function LoadedCaseForm({ id, form }: { id: string; form: CaseForm }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const detail = useStoreQuery('cases.detail', { id }, id);
  const settings = useStoreQuery('settings.get', {}, 'settings');
  const error = detail.error ?? settings.error;
  const complete = detail.data !== undefined && settings.data !== undefined;

  // The print service waits for this before it prints, so it never prints a half-drawn page.
  useEffect(() => {
    if (complete || error) platform.printReady();
  }, [complete, error, platform]);

  if (error) return <ErrorAlert error={error} />;
  if (!detail.data || !settings.data) return null;
  return (
    <PrintDocument title={t(`print.titles.${form}`)} centreName={settings.data.centreName} print={settings.data.print} caseNo={detail.data.record.no}>
      <Sheet form={form} detail={detail.data} centreName={settings.data.centreName} />
    </PrintDocument>
  );
}

/** `/print/case/:id/:form`: one paper form of a case (the registration form when no form is named). */
export function PrintCase({ id, form = 'registration' }: { id: string; form?: string }) {
  if (!isCaseForm(form)) return <UnknownForm form={form} forms={CASE_FORMS} />;
  return <LoadedCaseForm id={id} form={form} />;
}
