import { describe, expect, it } from 'vitest';
import { createAlertNotices } from '../../../../../../src-renderer/ui/features/alerts/alertNotices';

describe('alert notices in the page', () => {
  it('replace the earlier notices about the same deadlines, and only those', () => {
    const notices = createAlertNotices();
    expect(notices.add('warn-a', ['a:response'])).toEqual([]);
    expect(notices.add('warn-b', ['b:response'])).toEqual([]);
    // The overdue alert of case a replaces its warning; b's stays.
    expect(notices.add('late-a', ['a:response'])).toEqual(['warn-a']);
    // A summary naming both deadlines replaces the notices about either.
    expect(notices.add('summary', ['a:response', 'b:response', 'c:resolution'])).toEqual(['warn-b', 'late-a']);
    // A notice about fewer deadlines than one on screen leaves that one.
    expect(notices.add('late-c', ['c:resolution'])).toEqual([]);
    // A notice that is no alert (no deadlines) never replaces, nor is replaced.
    expect(notices.add('info', [])).toEqual([]);
    expect(notices.add('late-c2', ['c:resolution'])).toEqual(['late-c']);
    // A closed notice is forgotten.
    notices.remove('summary');
    expect(notices.add('again', ['a:response', 'b:response', 'c:resolution'])).toEqual(['late-c2']);
  });
});
