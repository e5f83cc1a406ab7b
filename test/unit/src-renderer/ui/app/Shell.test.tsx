import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Shell } from '../../../../../src-renderer/ui/app/Shell';
import { ADMIN, AGENT, renderWithStore, teardown } from '../render';
import { handTheDeskTo, renderSignedInAs } from '../features/auth/signInAs';

afterEach(async () => {
  await teardown();
  window.location.hash = '';
});

const SLOW = { timeout: 30_000 };

async function renderShell() {
  window.location.hash = '#/intake';
  await renderWithStore(
    <Router hook={useHashLocation}>
      <Shell />
    </Router>,
  );
  await screen.findByRole('heading', { name: '客户投诉登记' }, { timeout: 15_000 });
}

function go(hash: string) {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('the application frame, for keyboard users', () => {
  it('offers 跳到主要内容 as the first stop of Tab, and it moves focus to the page', SLOW, async () => {
    await renderShell();
    const focusable = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
    const skip = screen.getByRole('button', { name: '跳到主要内容' });
    expect(focusable[0]).toBe(skip);
    fireEvent.click(skip);
    expect(document.activeElement).toBe(document.getElementById('main'));
  });

  it('moves focus to the page after going to another area from the navigation, and leaves it where the user put it otherwise', SLOW, async () => {
    await renderShell();
    const main = document.getElementById('main')!;
    const link = screen.getByRole('link', { name: '看板' });
    link.focus();
    go('#/dashboard');
    await waitFor(() => expect(document.activeElement).toBe(main));

    // Focus the user put elsewhere (a control still there after the move) stays where it is.
    const language = screen.getAllByRole('radio')[0]!;
    language.focus();
    go('#/intake');
    await screen.findByRole('heading', { name: '客户投诉登记' }, { timeout: 15_000 });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(language);
  });
});

describe('pages whose code loads when first opened', () => {
  it('opens the dashboard, whose code (and its charts) loads on first use, inside the frame; 正在打开页面… is gone once it has', SLOW, async () => {
    await renderShell();
    go('#/dashboard');
    // The navigation stays in place while the page loads.
    expect(screen.getByRole('link', { name: '看板' })).toBeTruthy();
    await screen.findByRole('heading', { name: '投诉看板' }, { timeout: 15_000 });
    expect(screen.queryByRole('status', { name: '正在打开页面…' })).toBeNull();
  });
});

describe('the reminder to back up', () => {
  it('marks 设置 with 需备份 for the administrator while the last backup is over two days old, and for nobody else', SLOW, async () => {
    window.location.hash = '#/tracking';
    const rendered = await renderSignedInAs(
      <Router hook={useHashLocation}>
        <Shell />
      </Router>,
      ADMIN,
    );
    const settings = await screen.findByRole('link', { name: '设置' }, { timeout: 15_000 });
    // No backup at all yet.
    await waitFor(() => expect(settings.textContent).toContain('需备份'));
    expect(document.getElementById(settings.getAttribute('aria-describedby')!)?.textContent).toBe('最近一次备份已超过 2 天（或还没有备份）：请在设置 → 备份与恢复中备份。');
    // A backup of an hour ago: the mark goes.
    await rendered.host.db.backups.add({ at: Date.now() - 3_600_000, kind: 'manual', fileName: 'a.cdbak', path: '/b/a.cdbak', bytes: 2048, counts: {}, actor: null });
    rendered.host.hub.publish([{ area: 'backups', ids: ['*'] }]);
    await waitFor(() => expect(settings.textContent).not.toContain('需备份'));
    // An agent makes no backups: never marked, nor is the backup status even asked for.
    await handTheDeskTo(AGENT);
    const send = vi.spyOn(rendered.store, 'send');
    await rendered.host.db.backups.clear();
    rendered.host.hub.publish([{ area: 'backups', ids: ['*'] }]);
    const agentSettings = await screen.findByRole('link', { name: '设置' }, { timeout: 15_000 });
    await waitFor(() => expect(send).toHaveBeenCalled());
    expect(send.mock.calls.filter(([name]) => name === 'backup.status')).toEqual([]);
    expect(agentSettings.textContent).not.toContain('需备份');
  });
});
