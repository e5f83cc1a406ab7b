import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellTitle, ownerText, satisfactionText, severityText, sheetRow, statusText } from '../../../../../../src-renderer/ui/features/tracking/columnValues';
import type { TrackingRow } from '../../../../../../src-renderer/domain/tracking/row';
import { translator } from '../../i18n/translator';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
  en = await translator('en');
});

describe('the owner column', () => {
  it('marks an owner who can no longer carry the case out, on screen and in the export', () => {
    expect(ownerText(zh, { ownerName: '王丽娟' })).toBe('王丽娟');
    expect(ownerText(zh, { ownerName: '王丽娟', ownerStanding: 'inactive' })).toBe('王丽娟（已停用）');
    expect(ownerText(en, { ownerName: '王丽娟', ownerStanding: 'cannotHandle' })).toBe('王丽娟 (can no longer handle cases)');
    // Nobody owns it: nothing to mark.
    expect(ownerText(zh, { ownerName: '', ownerStanding: 'inactive' })).toBe('');
    expect(sheetRow(zh, { ownerName: '李志强', ownerStanding: 'cannotHandle' } as TrackingRow, ['owner'], 0)).toEqual(['李志强（已无办理权限）']);
  });
});

describe('the status column', () => {
  it('names the case a duplicate went into, on screen and in the export, rather than 已终止', () => {
    expect(statusText(zh, { status: 'terminated', returned: false })).toBe('已终止');
    expect(statusText(zh, { status: 'terminated', returned: false, mergedInto: 'TS-20261206-0003' })).toBe('已并入 TS-20261206-0003');
    expect(statusText(en, { status: 'terminated', returned: false, mergedInto: 'TS-20261206-0003' })).toBe('Merged into TS-20261206-0003');
    expect(sheetRow(zh, { status: 'terminated', returned: false, mergedInto: 'TS-20261206-0003' } as TrackingRow, ['status'], 0)).toEqual(['已并入 TS-20261206-0003']);
  });
});

describe('the severity column', () => {
  it('names the severity a grading waiting for approval proposes, on screen and in the export', () => {
    expect(severityText(zh, { severity: 'general' })).toBe('一般');
    expect(severityText(zh, { severity: 'general', proposedSeverity: 'major' })).toBe('一般（拟定为重大）');
    expect(severityText(en, { severity: 'general', proposedSeverity: 'major' })).toBe('General (proposed: Major)');
    expect(sheetRow(zh, { severity: 'serious', proposedSeverity: 'general' } as TrackingRow, ['severity'], 0)).toEqual(['严重（拟定为一般）']);
  });
});

describe('the satisfaction column', () => {
  it('says a survey was declined, on screen and in the export, where no survey yet stays empty', () => {
    expect(satisfactionText(zh, { satisfaction: 13 / 3 })).toBe('4.33');
    expect(satisfactionText(zh, { satisfaction: null })).toBe('');
    expect(satisfactionText(zh, { satisfaction: null, surveyDeclined: true })).toBe('不愿评分');
    expect(satisfactionText(en, { satisfaction: null, surveyDeclined: true })).toBe('Declined');
    expect(sheetRow(zh, { satisfaction: 4.5 } as TrackingRow, ['satisfaction'], 0)).toEqual([4.5]);
    expect(sheetRow(zh, { satisfaction: null } as TrackingRow, ['satisfaction'], 0)).toEqual([null]);
    expect(sheetRow(zh, { satisfaction: null, surveyDeclined: true } as TrackingRow, ['satisfaction'], 0)).toEqual(['不愿评分']);
  });
});

describe('a cell’s tooltip', () => {
  it('holds the whole text of a column that may be cut, and nothing for dates and counts', () => {
    const row = { customerName: '欧阳'.repeat(30), phone: '13800138000', department: '售后服务部华东大区第三分部', receivedAt: 0, chases: 2 } as unknown as TrackingRow;
    expect(cellTitle(zh, 'customer', row)).toBe(`${'欧阳'.repeat(30)} 13800138000`);
    expect(cellTitle(zh, 'department', row)).toBe('售后服务部华东大区第三分部');
    expect(cellTitle(zh, 'receivedAt', row)).toBeUndefined();
    expect(cellTitle(zh, 'chases', row)).toBeUndefined();
    expect(cellTitle(zh, 'department', { ...row, department: '' })).toBeUndefined();
  });
});
