import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerExportInput } from '../../../../domain/privacy/customer';
import { encodeXlsxWorkbook } from '../../../export/xlsx';
import { usePlatform, useStore } from '../../../data/hooks';
import { asStoreError } from '../../../data/store-client';
import { errorText } from '../../../i18n/errors';
import { customerSheets } from './customerSheets';

export type ExportFormat = 'json' | 'xlsx';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
};

/** Exports a customer's data (audited by the store host) and saves it through the save dialog or as a download. */
export function useCustomerExport() {
  const { t } = useTranslation();
  const store = useStore();
  const platform = usePlatform();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  async function run(key: CustomerExportInput, format: ExportFormat): Promise<void> {
    setBusy(format);
    try {
      const data = await store.send('customers.export', key);
      const bytes = format === 'json' ? new TextEncoder().encode(JSON.stringify(data, null, 2)) : await encodeXlsxWorkbook(customerSheets(t, data));
      const saved = await platform.saveFile({
        suggestedName: `${t('privacy.lookup.fileName', { date: today() })}.${format}`,
        filters: [{ name: t(format === 'json' ? 'privacy.lookup.jsonFilter' : 'privacy.lookup.xlsxFilter'), extensions: [format] }],
        // The encoders' bytes own a plain ArrayBuffer; the platform takes exactly that.
        data: new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength),
      });
      if (saved.status === 'saved') {
        notifications.show({
          color: 'teal',
          message: saved.path ? t('privacy.lookup.exported', { path: saved.path }) : t('privacy.lookup.exportedDownload'),
        });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: t('privacy.lookup.exportFailed'), message: errorText(t, asStoreError(error).data), autoClose: false });
    } finally {
      setBusy(null);
    }
  }

  return { busy, run: (key: CustomerExportInput, format: ExportFormat) => void run(key, format) };
}
