import { describe, expect, it } from 'vitest';
import { approvalKindsOf } from '../../../../../src-renderer/domain/tracking/row';
import { DEFAULT_LAYOUT, visibleColumns, COLUMN_IDS } from '../../../../../src-renderer/domain/tracking/columns';
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
  it('repairs a stored layout: unknown or repeated ids dropped, new columns appended, the number always shown', () => {
    const columns = visibleColumns({ order: ['status', 'status', 'no'], hidden: ['no', 'channel'], widths: {} });
    expect(columns.slice(0, 2)).toEqual(['status', 'no']);
    expect(columns).not.toContain('channel');
    expect(new Set(columns).size).toBe(columns.length);
    expect(columns.length).toBe(COLUMN_IDS.length - 1);
    expect(visibleColumns(DEFAULT_LAYOUT)).not.toContain('updatedAt');
  });
});

describe('built-in views', () => {
  it('are valid filters', () => {
    for (const view of BUILT_IN_VIEWS) expect(TrackingFilterSchema.safeParse(view.filter).success).toBe(true);
  });
});
