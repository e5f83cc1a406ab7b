import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform, useStoreQuery } from '../data/hooks';
import { PRINT_NOT_READY } from '../../platform/types';
import { currentSessionToken } from '../features/auth/session';
import { DeskError } from '../../domain/common/errors';
import { errorText } from '../i18n/errors';

/** The print view runs in a window without storage: it resumes this window's session from the route. */
function withSession(route: string): string {
  const token = currentSessionToken();
  if (!token) return route;
  return `${route}${route.includes('?') ? '&' : '?'}session=${encodeURIComponent(token)}`;
}

interface PrintButtonsProps {
  route: string;
  fileName: string;
  /** Button texts when not the generic 打印 / 保存为 PDF. */
  printLabel?: string;
  pdfLabel?: string;
  /** While the caller is busy with something else (an export) or has nothing to print yet. */
  disabled?: boolean;
  /** Smaller buttons (the tracking table's bulk bar). */
  size?: 'xs';
}

/** Print a print route, or save it as PDF, through the platform's print service. */
export function PrintButtons({ route, fileName, printLabel, pdfLabel, disabled = false, size }: PrintButtonsProps) {
  const { t } = useTranslation();
  const platform = usePlatform();
  // Paper and margins as the administrator set them (the print view lays its pages out for the same).
  const settings = useStoreQuery('settings.get', {}, 'settings');
  // Until they are known (a moment after the page opens) the buttons wait, so a print never uses other paper than set.
  const waiting = disabled || (settings.data === undefined && settings.error === null);
  const [busy, setBusy] = useState<'dialog' | 'pdf' | null>(null);

  async function print(mode: 'dialog' | 'pdf') {
    setBusy(mode);
    try {
      const paper = settings.data?.print;
      const result = await platform.print({
        route: withSession(route),
        mode,
        suggestedName: fileName,
        ...(paper ? { paper: paper.paper, marginsMm: paper.marginsMm } : {}),
      });
      if (result.status === 'saved' && result.path) notifications.show({ color: 'teal', message: t('print.saved', { path: result.path }) });
    } catch (error) {
      const notReady = error instanceof Error && error.message === PRINT_NOT_READY;
      // A PDF main could not write (open in a viewer, a full disk) says why in the user's language.
      const message = notReady ? t('print.notReady') : error instanceof DeskError ? errorText(t, error.data) : t('print.failed', { detail: error instanceof Error ? error.message : String(error) });
      notifications.show({ color: 'red', message });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Group gap="xs">
      <Button variant="default" size={size} loading={busy === 'dialog'} disabled={waiting || busy !== null} onClick={() => void print('dialog')}>
        {printLabel ?? t('print.print')}
      </Button>
      {platform.kind === 'electron' && (
        <Button variant="default" size={size} loading={busy === 'pdf'} disabled={waiting || busy !== null} onClick={() => void print('pdf')}>
          {pdfLabel ?? t('print.savePdf')}
        </Button>
      )}
    </Group>
  );
}
