import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AlertLogPage } from '../../../../../../src-renderer/ui/features/alerts/AlertLogPage';
import { renderWithStore, teardown } from '../../render';

afterEach(() => teardown());

describe('提醒记录: how long the log is kept', { timeout: 60_000 }, () => {
  it('says the default period', async () => {
    await renderWithStore(<AlertLogPage />);
    expect(await screen.findByText('提醒记录保留 365 天，更早的记录会自动删除。')).toBeTruthy();
  });

  it('says the centre’s own period, in English too', async () => {
    await renderWithStore(<AlertLogPage />, {
      language: 'en',
      seed: async (host) => {
        await host.db.settings.put({ key: 'privacy', value: { retentionDays: 1095, alertLogDays: 90 } });
      },
    });
    expect(await screen.findByText('Alerts are kept for 90 days; older ones are deleted automatically.')).toBeTruthy();
  });
});
