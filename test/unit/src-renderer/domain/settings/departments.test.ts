import { describe, expect, it } from 'vitest';
import { followDepartments, widenDepartmentFilter } from '../../../../../src-renderer/domain/settings/departments';
import { DEFAULT_DEPARTMENTS, DEFAULT_SETTINGS } from '../../../../../src-renderer/domain/settings/settings';

const categories = DEFAULT_SETTINGS.categories;
const replace = (list: string[], from: string, to: string) => list.map((name) => (name === from ? to : name));

describe('followDepartments', () => {
  it('renames a department in the categories that propose it', () => {
    const next = replace(DEFAULT_DEPARTMENTS, '财务部', '财务结算部');
    const outcome = followDepartments(categories, DEFAULT_DEPARTMENTS, next, [{ from: '财务部', to: '财务结算部' }]);
    expect(outcome.inUse).toEqual([]);
    expect(outcome.categories.billing.department).toBe('财务结算部');
    expect(outcome.categories.logistics).toBe(categories.logistics);
  });

  it('swaps two names at once', () => {
    const next = DEFAULT_DEPARTMENTS.map((name) => (name === '财务部' ? '客服中心' : name === '客服中心' ? '财务部' : name));
    const outcome = followDepartments(categories, DEFAULT_DEPARTMENTS, next, [
      { from: '财务部', to: '客服中心' },
      { from: '客服中心', to: '财务部' },
    ]);
    expect(outcome.categories.billing.department).toBe('客服中心');
    expect(outcome.categories.other.department).toBe('财务部');
  });

  it('leaves the categories as they are when nothing is renamed', () => {
    const outcome = followDepartments(categories, DEFAULT_DEPARTMENTS, [...DEFAULT_DEPARTMENTS, '电商事业部'], []);
    expect(outcome).toEqual({ categories, inUse: [] });
    expect(outcome.categories).toBe(categories);
  });

  it('names the categories that still propose a removed department', () => {
    const next = DEFAULT_DEPARTMENTS.filter((name) => name !== '客服中心' && name !== '财务部');
    expect(followDepartments(categories, DEFAULT_DEPARTMENTS, next, []).inUse).toEqual([
      { department: '客服中心', categories: ['service_attitude', 'policy', 'other'] },
      { department: '财务部', categories: ['billing'] },
    ]);
    // A rename to a name that is not on the list renames nothing.
    expect(followDepartments(categories, DEFAULT_DEPARTMENTS, replace(DEFAULT_DEPARTMENTS, '财务部', '财务中心'), [{ from: '财务部', to: '其他' }]).inUse).toEqual([
      { department: '财务部', categories: ['billing'] },
    ]);
  });

  it('does not block the list on a default that was already off it', () => {
    const stale = { ...categories, billing: { ...categories.billing, department: '旧财务部' } };
    expect(followDepartments(stale, DEFAULT_DEPARTMENTS, [...DEFAULT_DEPARTMENTS, '电商事业部'], []).inUse).toEqual([]);
  });
});

describe('a saved view’s department filter after a rename', () => {
  const renamed = new Map([
    ['物流配送部', '物流服务部'],
    ['财务部', '法务部'],
    ['法务部', '财务部'],
  ]);
  it('keeps each old name and adds the new one beside it, once, unless another department now has the old name', () => {
    expect(widenDepartmentFilter(['客服中心'], renamed)).toBeNull();
    expect(widenDepartmentFilter(['物流配送部', '客服中心', '物流服务部'], renamed)).toEqual(['物流配送部', '物流服务部', '客服中心']);
    // A swap: the old name is the other department's now, so it is replaced, not kept.
    expect(widenDepartmentFilter(['财务部'], renamed)).toEqual(['法务部']);
    // A chain A → B, B → C: the view on B follows B's cases to C; one on A keeps A's ended cases.
    const chain = new Map([
      ['A', 'B'],
      ['B', 'C'],
    ]);
    expect(widenDepartmentFilter(['B'], chain)).toEqual(['C']);
    expect(widenDepartmentFilter(['A'], chain)).toEqual(['A', 'B']);
  });
});
