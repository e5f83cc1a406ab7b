import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePlatform, useStoreQuery } from '../../data/hooks';
import { PrintDocument } from './frame/PrintDocument';
import { ErasureReplySheet } from './sheets/ErasureReplySheet';

/** `/print/erasure/:no`: 个人信息删除处理结果告知书 of one deletion request, as it stands when printed. */
export function PrintErasureReply({ no }: { no: string }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const view = useStoreQuery('erasure.get', { no }, no);
  const settings = useStoreQuery('settings.get', {}, 'settings');
  const error = view.error ?? settings.error;
  const complete = view.data !== undefined && settings.data !== undefined;

  // The print service waits for this before it prints, so it never prints a half-drawn page.
  useEffect(() => {
    if (complete || error) platform.printReady();
  }, [complete, error, platform]);

  if (error) return <ErrorAlert error={error} />;
  if (!view.data || !settings.data) return null;
  return (
    <PrintDocument
      title={t('erasureReply.title')}
      centreName={settings.data.centreName}
      print={settings.data.print}
      caseNo={view.data.request.no}
      numberLabel={t('erasureReply.requestNo')}
    >
      <ErasureReplySheet view={view.data} />
    </PrintDocument>
  );
}
