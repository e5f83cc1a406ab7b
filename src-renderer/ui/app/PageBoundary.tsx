import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageBoundaryProps {
  /** The route shown: going elsewhere tries again. */
  location: string;
  children: ReactNode;
}

interface PageBoundaryState {
  failedAt: string | null;
}

/**
 * Keeps a page that fails — its code could not be loaded (a lazy page), or it threw while rendering —
 * inside the main area: the header, the navigation and the other pages stay usable, and the user
 * can reload. Without it React unmounts the whole window.
 */
export class PageBoundary extends Component<PageBoundaryProps, PageBoundaryState> {
  override state: PageBoundaryState = { failedAt: null };

  static getDerivedStateFromError(): Partial<PageBoundaryState> {
    return { failedAt: '' };
  }

  static getDerivedStateFromProps(props: PageBoundaryProps, state: PageBoundaryState): Partial<PageBoundaryState> | null {
    // The route where it failed is recorded on the first render after the failure; another route clears it.
    if (state.failedAt === '') return { failedAt: props.location };
    if (state.failedAt !== null && state.failedAt !== props.location) return { failedAt: null };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('a page failed', error, info.componentStack);
  }

  override render() {
    return this.state.failedAt === null ? this.props.children : <PageFailed />;
  }
}

function PageFailed() {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" variant="light" title={t('app.pageFailed.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('app.pageFailed.detail')}</Text>
        <Button size="xs" variant="default" onClick={() => window.location.reload()}>
          {t('app.pageFailed.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
