import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, AGENT, renderWithStore, teardown } from '../../render';
import { handTheDeskTo, SignOut } from './signInAs';

afterEach(teardown);

// Without a router of its own the gate routes on the path (wouter's default), as the app does on the hash.
describe('the page the next person at the desk starts on', { timeout: 60_000 }, () => {
  it('is the first page for somebody else, not the settings page the previous user left (the audit log)', async () => {
    await renderWithStore(<SignOut />);
    window.history.replaceState(null, '', '/settings/audit-log');
    await handTheDeskTo(ADMIN);
    expect(window.location.pathname).toBe('/');
  });

  it('is where they were for the same user signing in again', async () => {
    await renderWithStore(<SignOut />);
    window.history.replaceState(null, '', '/settings/alerts');
    await handTheDeskTo(AGENT);
    expect(window.location.pathname).toBe('/settings/alerts');
  });

  it('is the case on screen for a colleague signing in to act on it (a supervisor approving at the agent’s desk)', async () => {
    await renderWithStore(<SignOut />);
    window.history.replaceState(null, '', '/cases/c-1');
    await handTheDeskTo(ADMIN);
    expect(window.location.pathname).toBe('/cases/c-1');
  });
});
