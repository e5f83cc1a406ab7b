import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, useLocation } from 'wouter';
import type { Permission } from '../../../domain/users/roles';
import { useAuth } from '../auth/AuthGate';
import { AccountTab } from './AccountTab';
import { AlertPolicyTab } from './alerts/AlertPolicyTab';
import { AssistTab } from './assist/AssistTab';
import { MyAlertsTab } from './alerts/MyAlertsTab';
import { AuditLogTab } from './audit/AuditLogTab';
import { AuditTab } from './audit/AuditTab';
import { BackupTab } from './backup/BackupTab';
import { CalendarTab } from './calendar/CalendarTab';
import { CategoriesTab } from './categories/CategoriesTab';
import { CentreTab } from './centre/CentreTab';
import { DemoTab } from './demo/DemoTab';
import { GeneralTab } from './GeneralTab';
import { PrivacyTab } from './privacy/PrivacyTab';
import { SecurityTab } from './security/SecurityTab';
import { SlaTab } from './sla/SlaTab';
import { UsersTab } from './users/UsersTab';
import { createUnsavedChanges, LeaveDialog, UnsavedChangesProvider, useUnsavedChanges } from '../../components/unsaved';

interface SettingsTab {
  id: string;
  /** `item`: what the route names inside the tab (`/settings/privacy/SC-20261201-001`), if anything. */
  component: ComponentType<{ item?: string }>;
  /** Every permission the tab needs; none means every signed-in user sees it. */
  needs: Permission[];
  /** i18n key of the tab's name when it is not `admin.tabs.<id>`. */
  label?: string;
}

const TABS: SettingsTab[] = [
  { id: 'general', component: GeneralTab, needs: [] },
  { id: 'account', component: AccountTab, needs: [] },
  { id: 'my-alerts', component: MyAlertsTab, needs: [], label: 'alerts.follow.tab' },
  { id: 'users', component: UsersTab, needs: ['users.save'] },
  { id: 'sla', component: SlaTab, needs: ['settings.update'] },
  { id: 'alerts', component: AlertPolicyTab, needs: ['settings.update'], label: 'alerts.policy.tab' },
  { id: 'calendar', component: CalendarTab, needs: ['settings.update'] },
  { id: 'categories', component: CategoriesTab, needs: ['settings.update'] },
  { id: 'assist', component: AssistTab, needs: ['settings.update'], label: 'lexicon.tab' },
  { id: 'centre', component: CentreTab, needs: ['settings.update'] },
  { id: 'audit', component: AuditTab, needs: ['users.save', 'audit.verify'] },
  { id: 'audit-log', component: AuditLogTab, needs: ['audit.view'], label: 'security.audit.tab' },
  { id: 'security', component: SecurityTab, needs: ['settings.update'], label: 'security.tab' },
  { id: 'backup', component: BackupTab, needs: ['backup.create'], label: 'backup.tab' },
  { id: 'privacy', component: PrivacyTab, needs: ['customers.export'], label: 'privacy.tab' },
  // Development builds and the web harness only (see vite.shared.mts); seeding is the administrator's.
  ...(__DESK_DEMO_TOOLS__ ? [{ id: 'demo', component: DemoTab, needs: ['settings.update'] } satisfies SettingsTab] : []),
];

const routeOf = (id: string) => (id === 'general' ? '/settings' : `/settings/${id}`);

/**
 * 设置: one tab per concern, each at its own route (`/settings/users`…); administration tabs only
 * for the admin. Leaving a tab or the page with unsaved edits asks first (the page: the app's guard).
 */
export function SettingsPage({ tab = 'general', item }: { tab?: string; item?: string }) {
  const { t } = useTranslation();
  const { actor, can } = useAuth();
  const [, navigate] = useLocation();
  // Edits of a form are lost when its tab goes: ask first (`pending` is where to go then). Leaving
  // the page by a link or ending the session asks the app's guard, which counts these forms too.
  const [unsaved] = useState(createUnsavedChanges);
  const [pending, setPending] = useState<string | null>(null);
  const go = (route: string) => (unsaved.any() ? setPending(route) : navigate(route));
  useUnsavedChanges(() => unsaved.any());
  const visible = TABS.filter((item) => item.needs.every(can));
  const known = TABS.find((item) => item.id === tab);
  if (!known) return <Redirect to="/settings" replace />;
  // A page of another role, opened by its address (a bookmark, a colleague's link): say so, and show 通用.
  const allowed = visible.includes(known);
  const label = (item: SettingsTab) => t(item.label ?? `admin.tabs.${item.id}`);

  return (
    <Stack>
      <Title order={2}>{t('settings.title')}</Title>
      {!allowed && (
        <Alert color="orange" role="alert">
          {t('settings.notAllowed', { tab: label(known), role: t(`role.${actor.role}`) })}
        </Alert>
      )}
      <Tabs value={allowed ? tab : 'general'} onChange={(id) => id && go(routeOf(id))} keepMounted={false}>
        <Tabs.List mb="md">
          {visible.map((item) => (
            <Tabs.Tab key={item.id} value={item.id}>
              {label(item)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <UnsavedChangesProvider value={unsaved}>
          {visible.map(({ id, component: Content }) => (
            <Tabs.Panel key={id} value={id}>
              <Content item={id === tab ? item : undefined} />
            </Tabs.Panel>
          ))}
        </UnsavedChangesProvider>
      </Tabs>
      <LeaveDialog
        opened={pending !== null}
        onStay={() => setPending(null)}
        onLeave={() => {
          if (pending !== null) navigate(pending);
          setPending(null);
        }}
      />
    </Stack>
  );
}
