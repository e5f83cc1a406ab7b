import { AppShell, Burger, Button, Center, em, getBreakpointValue, Group, Loader, NavLink, Text, Title, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { LanguageSwitch } from '../components/LanguageSwitch';
import classes from './Shell.module.css';
import { PageBoundary } from './PageBoundary';
import { useFocusOnNavigation } from './useFocusOnNavigation';
import { useNoticesRoom } from './useNoticesRoom';
import { UserMenu } from './UserMenu';
import { AlertLogPage } from '../features/alerts/AlertLogPage';
import { UNACKNOWLEDGED_ALERTS_ID, UnacknowledgedAlertsBadge } from '../features/alerts/UnacknowledgedAlertsBadge';
import { BACKUP_DUE_ID, BackupDueBadge } from '../features/settings/backup/BackupDueBadge';
import { CasePage } from '../features/cases/CasePage';
import { ImprovementsPage } from '../features/improvements/ImprovementsPage';
import { RegistrationForm } from '../features/intake/RegistrationForm';
import { MonthlyPage } from '../features/reports/MonthlyPage';
import { useAuth } from '../features/auth/AuthGate';
import { ImportPage } from '../features/imports/ImportPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TrackingPage } from '../features/tracking/TrackingPage';

// The dashboard's charts (recharts and d3, a third of the app's code) load when it is first opened,
// not at every start: the sign-in screen comes up sooner.
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));

const NAV = [
  { path: '/intake', key: 'nav.intake', permission: 'cases.register' },
  { path: '/tracking', key: 'nav.tracking' },
  { path: '/dashboard', key: 'nav.dashboard' },
  { path: '/reports', key: 'nav.reports' },
  { path: '/improvements', key: 'improvements.nav' },
  { path: '/alerts', key: 'alerts.nav' },
  { path: '/import', key: 'imports.nav', permission: 'imports.run' },
  { path: '/settings', key: 'nav.settings' },
] as const;

/** The application frame: header, navigation of the areas, and the routed page. */
export function Shell() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const { can } = useAuth();
  const main = useRef<HTMLElement>(null);
  const noticesRoom = useNoticesRoom();
  const nav = useRef<HTMLDivElement>(null);
  useFocusOnNavigation(location, main, nav);
  // A narrow window (a small screen, or zoomed to 150–200 %) folds the navigation under ☰: open, it
  // covers the page, which is then out of Tab's reach (inert), and Esc folds it back onto ☰.
  const theme = useMantineTheme();
  const narrow = useMediaQuery(`(max-width: ${em(getBreakpointValue(theme.breakpoints.sm, theme.breakpoints) - 0.1)})`) === true;
  const burger = useRef<HTMLButtonElement>(null);
  const covering = opened && narrow;
  useEffect(() => {
    if (!covering) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // Only an Esc meant for the menu: not one that closed a popover (the user menu) on its way.
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const focused = document.activeElement;
      if (focused !== document.body && focused !== burger.current && !nav.current?.contains(focused)) return;
      close();
      burger.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [covering, close]);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        {/* The first stop of Tab: past the header and the navigation to the page. */}
        <Button
          className={classes.skip}
          size="xs"
          onClick={() => {
            // The page under an open menu takes no focus: the menu folds first.
            if (covering) flushSync(close);
            main.current?.focus();
          }}
        >
          {t('app.skipToContent')}
        </Button>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger
              ref={burger}
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.main')}
              aria-expanded={opened}
              aria-controls="app-nav"
            />
            <Title order={1} size="h4">
              {t('app.title')}
            </Title>
            <Text c="dimmed" size="sm" visibleFrom="md">
              {t('app.subtitle')}
            </Text>
          </Group>
          <Group gap="sm">
            <LanguageSwitch size="xs" />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar ref={nav} id="app-nav" p="xs" component="nav" aria-label={t('nav.main')}>
        {NAV.filter((item) => !('permission' in item) || can(item.permission)).map((item) => (
          <NavLink
            key={item.path}
            href={`#${item.path}`}
            label={t(item.key)}
            active={
              location === item.path ||
              location.startsWith(`${item.path}/`) ||
              (item.path === '/tracking' && location.startsWith('/cases/'))
            }
            onClick={close}
            // 提醒记录 shows how many alerts wait for this user's 确认; it is read as the entry's description.
            rightSection={item.path === '/alerts' ? <UnacknowledgedAlertsBadge /> : item.path === '/settings' ? <BackupDueBadge /> : undefined}
            aria-describedby={item.path === '/alerts' ? UNACKNOWLEDGED_ALERTS_ID : item.path === '/settings' ? BACKUP_DUE_ID : undefined}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main
        id="main"
        ref={main}
        tabIndex={-1}
        inert={covering}
        className={classes.main}
        // Room below the page's last buttons for the notices at the bottom right, which stay until acknowledged.
        style={noticesRoom > 0 ? { paddingBottom: `calc(var(--app-shell-padding) + ${noticesRoom}px)` } : undefined}
      >
        <PageBoundary location={location}>
          <Suspense fallback={<PageLoading />}>
            <Switch>
              <Route path="/intake" component={RegistrationForm} />
              {/* `/tracking/overdue` opens a built-in view: alert summaries link there. */}
              <Route path="/tracking/:view?">{(params) => <TrackingPage view={params.view} />}</Route>
              <Route path="/cases/:id">{(params) => <CasePage id={params.id} />}</Route>
              <Route path="/dashboard" component={DashboardPage} />
              <Route path="/reports" component={MonthlyPage} />
              <Route path="/improvements" component={ImprovementsPage} />
              <Route path="/alerts">{() => <AlertLogPage />}</Route>
              <Route path="/import" component={ImportPage} />
              <Route path="/settings/:tab?/:item?">{(params) => <SettingsPage tab={params.tab} item={params.item} />}</Route>
              <Route>
                <Redirect to="/tracking" />
              </Route>
            </Switch>
          </Suspense>
        </PageBoundary>
      </AppShell.Main>
    </AppShell>
  );
}

/** What the main area shows while a page's code loads (a moment, the first time it is opened). */
function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-label={t('app.loadingPage')}>
      <Loader />
    </Center>
  );
}
