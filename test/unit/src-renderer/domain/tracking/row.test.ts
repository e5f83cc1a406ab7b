import { describe, expect, it } from 'vitest';
import { approvalKindsOf } from '../../../../../src-renderer/domain/tracking/row';
import { columnOrder, DEFAULT_LAYOUT, visibleColumns, COLUMN_IDS } from '../../../../../src-renderer/domain/tracking/columns';
import { BUILT_IN_VIEWS } from '../../../../../src-renderer/domain/tracking/views';
import { TrackingFilterSchema } from '../../../../../src-renderer/domain/tracking/query';

describe('approvals', () => {
  it('each approving role waits for its own kinds', () => {
    expect(approvalKindsOf('director')).toEqual(['grading', 'extension']);
    expect(approvalKindsOf('ops_director')).toEqual(['plan']);
    expect(approvalKindsOf('legal')).toEqual(['legal']);
    expect(approvalKindsOf('supervisor')).toEqual(['extension']);
    expect(approvalKindsOf('agent')).toEqual([]);
  });
});

describe('table layout', () => {
  it('repairs a stored layout: repeated ids dropped, new columns after the one they follow by default, the number always shown', () => {
    const columns = visibleColumns({ order: ['status', 'status', 'no'], hidden: ['no', 'channel'], widths: {} });
    expect(columns.filter((id) => id === 'status' || id === 'no')).toEqual(['status', 'no']);
    expect(columns.slice(columns.indexOf('no'), columns.indexOf('no') + 3)).toEqual(['no', 'receivedAt', 'customer']);
    expect(columns).not.toContain('channel');
    expect(new Set(columns).size).toBe(columns.length);
    // All but the hidden channel and the column of the 待审批 view.
    expect(columns.length).toBe(COLUMN_IDS.length - 2);
    expect(visibleColumns(DEFAULT_LAYOUT)).not.toContain('updatedAt');
  });

  it('shows which approval a case waits for in the 待审批 view only, next to the status even in a layout stored before that column', () => {
    expect(visibleColumns(DEFAULT_LAYOUT)).not.toContain('awaiting');
    const approvals = visibleColumns(DEFAULT_LAYOUT, { approvals: true });
    expect(approvals.slice(approvals.indexOf('status'), approvals.indexOf('status') + 2)).toEqual(['status', 'awaiting']);
    const stored = { order: COLUMN_IDS.filter((id) => id !== 'awaiting').reverse(), hidden: [], widths: {} };
    const shown = visibleColumns(stored, { approvals: true });
    expect(shown.slice(shown.indexOf('status'), shown.indexOf('status') + 2)).toEqual(['status', 'awaiting']);
    expect(columnOrder(stored).filter((id) => id !== 'awaiting')).toEqual(stored.order);
    // Hidden by the user, it stays hidden there too.
    expect(visibleColumns({ ...DEFAULT_LAYOUT, hidden: ['awaiting'] }, { approvals: true })).not.toContain('awaiting');
  });
});

describe('built-in views', () => {
  it('are valid filters', () => {
    for (const view of BUILT_IN_VIEWS) expect(TrackingFilterSchema.safeParse(view.filter).success).toBe(true);
  });
});
