import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { TrackingPage } from '../../../../../../src-renderer/ui/features/tracking/TrackingPage';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';
import { registerCase as registerWith, teardown, type Rendered } from '../../render';

export const HOUR = 3_600_000;

/** The tracking page under the app's hash router, so opening a case changes `location.hash`. */
export function Page() {
  return (
    <Router hook={useHashLocation}>
      <TrackingPage />
    </Router>
  );
}

/** Registers an e-mailed, serious complaint unless told otherwise. */
export function registerCase(send: Rendered['asAgent'], overrides: Record<string, unknown> = {}): Promise<CaseRecord> {
  return registerWith(send, { channel: 'email', severity: 'serious', ...overrides });
}

/**
 * jsdom lays nothing out: the grid gets a viewport of 600 × 1200 px so the
 * virtualizer renders the rows of its first screen, as the @tanstack/virtual
 * docs suggest for tests. Returns the undo.
 */
export function giveGridASize(): () => void {
  const descriptors = ['clientHeight', 'clientWidth'].map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const);
  const sizes: Record<string, number> = { clientHeight: 600, clientWidth: 1200 };
  for (const [name, original] of descriptors) {
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return this.getAttribute('role') === 'grid' ? sizes[name] : (original?.get?.call(this) ?? 0);
      },
    });
  }
  return () => {
    for (const [name, original] of descriptors) if (original) Object.defineProperty(HTMLElement.prototype, name, original);
  };
}

export const grid = () => screen.getByRole('grid', { name: '投诉处理进度跟踪' });

/** Rows of cases (the header row and rows still loading have no case link). */
export const caseRows = () => within(grid()).queryAllByRole('row').filter((row) => within(row).queryByRole('link') !== null);

/** A row's cell in the column with this header (cells are described by their header). */
export const cellOf = (row: HTMLElement, header: string) => within(row).getByRole('gridcell', { description: header });

export const count = () => screen.getByTestId('case-count').textContent;

export const headers = () =>
  within(grid())
    .getAllByRole('columnheader')
    .map((header) => header.textContent)
    .filter((text) => text !== '');

/**
 * The hooks every tracking page test file needs: a sized grid for the whole file, and after each
 * test the store torn down, the saved views and route cleared and the language back to Chinese.
 */
export function setUpTrackingTests(): void {
  let undoSize: () => void;
  beforeAll(() => (undoSize = giveGridASize()));
  afterAll(() => undoSize());
  afterEach(async () => {
    await teardown();
    sessionStorage.clear();
    window.location.hash = '';
    await initI18n('zh-CN');
  });
}
