import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import { getDefaultZIndex, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useListEnterGuard } from '../components/listEnter';
import type { Platform } from '../../platform';
import { PlatformContext, StoreContext } from '../data/hooks';
import type { StoreClient } from '../data/store-client';
import { InAppNotices } from '../features/alerts/InAppNotices';
import { UNDER_COVERS } from '../components/cover';
import { AuthGate } from '../features/auth/AuthGate';
import { PrintBlank } from '../features/print/PrintBlank';
import { PrintCase } from '../features/print/PrintCase';
import { PrintMonthlyReport } from '../features/print/PrintMonthlyReport';
import { PrintErasureReply } from '../features/print/PrintErasureReply';
import { PrintTrackingList } from '../features/tracking/print/PrintTrackingList';
import { dayjsLocale } from '../i18n';
import { cssVariablesResolver, themeWith } from '../theme';
import { OneTab } from './OneTab';
import { PrintLanguage } from '../features/print/frame/PrintLanguage';
import { Shell } from './Shell';
import classes from './App.module.css';

/** The hash route without its query (`?session=…` is read once at start, never routed on). */
function useHashPath(): ReturnType<typeof useHashLocation> {
  const [location, navigate] = useHashLocation();
  return [location.split('?')[0] ?? location, navigate];
}

/** Providers shared by the app and by component tests. */
export function Providers({ platform, store, children }: { platform: Platform; store: StoreClient; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  useListEnterGuard();
  const theme = useMemo(
    () =>
      themeWith({
        close: t('app.controls.close'),
        clear: t('app.controls.clear'),
        previous: t('app.controls.previous'),
        next: t('app.controls.next'),
        confirm: t('app.controls.confirm'),
        hours: t('app.controls.hours'),
        minutes: t('app.controls.minutes'),
        showPassword: t('app.controls.showPassword'),
        monthFormat: t('app.controls.monthFormat'),
        yearFormat: t('app.controls.yearFormat'),
        dayFormat: t('app.controls.dayFormat'),
      }),
    // `t` changes with the language.
    [t],
  );
  return (
    <PlatformContext.Provider value={platform}>
      <StoreContext.Provider value={store}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <DatesProvider settings={{ locale: dayjsLocale(i18n.language), firstDayOfWeek: 1 }}>
            {/* Under dialogs: a pile of deadline notices (the browser's, without system notifications) covered their buttons.
                In the page rather than a portal: the shell measures them when it mounts (`useNoticesRoom`). */}
            <Notifications
              position="bottom-right"
              className={classes.notices}
              zIndex={getDefaultZIndex('modal') - 1}
              withinPortal={false}
              {...{ [UNDER_COVERS]: '' }}
            />
            {children}
          </DatesProvider>
        </MantineProvider>
      </StoreContext.Provider>
    </PlatformContext.Provider>
  );
}

/**
 * Routes pushed by the platform (a notification click, the tray) and in-app notices: the app's,
 * not a print view's (an overdue notice about another customer was printed on every page).
 */
function PlatformEvents({ platform }: { platform: Platform }) {
  const [, navigate] = useLocation();
  useEffect(() => platform.onNavigate((route) => navigate(route)), [platform, navigate]);
  return <InAppNotices platform={platform} />;
}

export function App({ platform, store }: { platform: Platform; store: StoreClient }) {
  return (
    <Providers platform={platform} store={store}>
      <OneTab platform={platform}>
        <Router hook={useHashPath}>
          <Switch>
            {/* Print views render bare, without the app frame and its notices, in the forms' language (Settings → 打印). */}
            <Route path="/print/tracking/:payload">{(params) => <PrintLanguage><PrintTrackingList encoded={params.payload} /></PrintLanguage>}</Route>
            <Route path="/print/case/:id/:form?">{(params) => <PrintLanguage><PrintCase id={params.id} form={params.form} /></PrintLanguage>}</Route>
            <Route path="/print/blank/:form">{(params) => <PrintLanguage><PrintBlank form={params.form} /></PrintLanguage>}</Route>
            <Route path="/print/report/:year/:month">{(params) => <PrintLanguage><PrintMonthlyReport year={params.year} month={params.month} /></PrintLanguage>}</Route>
            <Route path="/print/erasure/:no">{(params) => <PrintLanguage><PrintErasureReply no={params.no} /></PrintLanguage>}</Route>
            <Route>
              <PlatformEvents platform={platform} />
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
