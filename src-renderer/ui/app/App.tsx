import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications, notifications } from '@mantine/notifications';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { Platform } from '../../platform';
import { PlatformContext, StoreContext } from '../data/hooks';
import type { StoreClient } from '../data/store-client';
import { NoticeBody } from '../features/alerts/NoticeBody';
import { AuthGate } from '../features/auth/AuthGate';
import { PrintBlank } from '../features/print/PrintBlank';
import { PrintCase } from '../features/print/PrintCase';
import { PrintMonthlyReport } from '../features/print/PrintMonthlyReport';
import { PrintTrackingList } from '../features/tracking/print/PrintTrackingList';
import { dayjsLocale } from '../i18n';
import { cssVariablesResolver, theme } from '../theme';
import { createAlertNotices } from './alertNotices';
import { OneTab } from './OneTab';
import { Shell } from './Shell';

/** The hash route without its query (`?session=…` is read once at start, never routed on). */
function useHashPath(): ReturnType<typeof useHashLocation> {
  const [location, navigate] = useHashLocation();
  return [location.split('?')[0] ?? location, navigate];
}

/** Providers shared by the app and by component tests. */
export function Providers({ platform, store, children }: { platform: Platform; store: StoreClient; children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <PlatformContext.Provider value={platform}>
      <StoreContext.Provider value={store}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <DatesProvider settings={{ locale: dayjsLocale(i18n.language), firstDayOfWeek: 1 }}>
            <Notifications position="bottom-right" />
            {children}
          </DatesProvider>
        </MantineProvider>
      </StoreContext.Provider>
    </PlatformContext.Provider>
  );
}

/** Routes pushed by the platform (a notification click, the tray) and in-app notices. */
function PlatformEvents({ platform }: { platform: Platform }) {
  const [, navigate] = useLocation();
  useEffect(() => platform.onNavigate((route) => navigate(route)), [platform, navigate]);
  useEffect(() => {
    const alerts = createAlertNotices();
    return platform.onInAppNotice((notice) => {
      // A later alert about the same deadlines takes the place of the earlier notice.
      for (const old of alerts.add(notice.id, notice.alerts?.keys ?? [])) notifications.hide(old);
      notifications.show({
        id: notice.id,
        title: notice.title,
        // A deadline alert offers 确认 and 15 分钟后提醒 under its text.
        message: <NoticeBody notice={notice} />,
        autoClose: false,
        style: notice.route ? { cursor: 'pointer' } : undefined,
        onClick: () => notice.route && navigate(notice.route),
        onClose: () => alerts.remove(notice.id),
      });
    });
  }, [platform, navigate]);
  return null;
}

export function App({ platform, store }: { platform: Platform; store: StoreClient }) {
  return (
    <Providers platform={platform} store={store}>
      <OneTab platform={platform}>
        <Router hook={useHashPath}>
          <PlatformEvents platform={platform} />
          <Switch>
            {/* Print views render bare, without the app frame. */}
            <Route path="/print/tracking/:payload">{(params) => <PrintTrackingList encoded={params.payload} />}</Route>
            <Route path="/print/case/:id/:form?">{(params) => <PrintCase id={params.id} form={params.form} />}</Route>
            <Route path="/print/blank/:form">{(params) => <PrintBlank form={params.form} />}</Route>
            <Route path="/print/report/:year/:month">{(params) => <PrintMonthlyReport year={params.year} month={params.month} />}</Route>
            <Route>
              <AuthGate>
                <Shell />
              </AuthGate>
            </Route>
          </Switch>
        </Router>
      </OneTab>
    </Providers>
  );
}
