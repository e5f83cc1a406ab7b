import { describe, expect, it } from 'vitest';
import { diffFields, GENESIS_HASH, sealEvent } from '../../../../../src-renderer/domain/audit/chain';
import type { CaseEntry } from '../../../../../src-renderer/domain/cases/entries';
import {
  maskCaseFor,
  maskContactFor,
  maskEmail,
  maskEntryFor,
  maskEventFor,
  maskAddress,
  maskIdentifiersIn,
  maskPhone,
  mayViewContacts,
} from '../../../../../src-renderer/domain/privacy/mask';
import { ROLES } from '../../../../../src-renderer/domain/users/roles';
import { closedCase, staff } from './fixtures';

describe('maskPhone', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['19987654321', '199****4321'],
    // Landlines and service numbers keep their area code and the last four digits.
    ['010-12345678', '010-****5678'],
    ['010-88886666', '010-****6666'],
    ['0755-1234567', '0755-****4567'],
    ['400-123-4567', '400-****4567'],
    ['01012345678', '010****5678'],
    // Numbers outside the mainland keep their +.
    ['+85291234567', '+852****4567'],
    ['+886912345678', '+886****5678'],
    ['+15551234567-802', '+155****4567-802'],
    // Without an area code no more than half the digits show.
    ['88886666', '****6666'],
    ['95588', '***88'],
    ['1234', '****'],
    ['', ''],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('never shows the middle digits of any number', () => {
    // The digits that must stay hidden are 7s, the shown ones other digits.
    for (const phone of ['13877771234', '010-77771234', '01077771234', '400-777-1234', '0355-7771234', '77771234', '+85277771234']) {
      expect(maskPhone(phone)).not.toContain('7');
    }
  });
});

describe('maskEmail', () => {
  it.each([
    ['zhang.san@example.com', 'z***@example.com'],
    ['a@example.com', '***@example.com'],
    ['', ''],
    ['no-at-sign', '***'],
  ])('%s → %s', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});

describe('maskAddress', () => {
  it.each([
    ['浙江省杭州市西湖区文三路88号2幢301室', '浙江省杭州市****'],
    ['广州市天河区体育西路1号', '广州市****'],
    ['北京市朝阳区建国路8号', '北京市****'],
    ['内蒙古自治区锡林郭勒盟锡林浩特市额尔敦路5号', '内蒙古自治区****'],
    ['甘肃省甘南藏族自治州合作市当周街', '甘肃省甘南藏族自治州****'],
    // No city within reach, or hardly more than one: only the mask.
    ['文三路88号', '****'],
    ['杭州市西湖', '****'],
    ['', ''],
  ])('%s → %s', (address, masked) => {
    expect(maskAddress(address)).toBe(masked);
  });

  it('never shows the street or the number', () => {
    for (const address of ['上海市浦东新区世纪大道100号', '江苏省苏州市姑苏区人民路100号', '人民路100号3栋', '100号']) {
      expect(maskAddress(address)).not.toMatch(/人民|世纪|100/);
    }
  });
});

describe('maskContactFor', () => {
  const person = { customerName: '张三', phone: '13812345678', email: 'zhang@example.com' };

  it('shows contacts in full to agents, supervisors and legal only', () => {
    expect(ROLES.filter(mayViewContacts)).toEqual(['agent', 'supervisor', 'legal']);
    for (const role of ['agent', 'supervisor', 'legal'] as const) expect(maskContactFor(role, person)).toBe(person);
  });

  it('masks phone and e-mail for every other role, without touching the original or other fields', () => {
    for (const role of ['director', 'ops_director', 'admin'] as const) {
      expect(maskContactFor(role, person)).toEqual({ customerName: '张三', phone: '138****5678', email: 'z***@example.com' });
    }
    expect(person.phone).toBe('13812345678');
  });

  it('leaves out a case’s contact keys for those roles, and keeps them for the others', () => {
    const record = { ...person, contactKeys: ['13812345678', 'zhang@example.com'] };
    expect(maskContactFor('director', record)).toEqual({ customerName: '张三', phone: '138****5678', email: 'z***@example.com' });
    expect(maskContactFor('agent', record)).toBe(record);
    expect(record.contactKeys).toEqual(['13812345678', 'zhang@example.com']);
  });

  it('masks a postal address with the phone and e-mail', () => {
    expect(maskContactFor('director', { ...person, address: '北京市朝阳区建国路8号' })).toEqual({
      customerName: '张三',
      phone: '138****5678',
      email: 'z***@example.com',
      address: '北京市****',
    });
  });

  it('masks a number an old ledger wrote in the customer’s name, and nothing else of the name', () => {
    const ledger = { customerName: '王先生13511112222', phone: '' };
    expect(maskContactFor('director', ledger)).toEqual({ customerName: '王先生135****2222', phone: '' });
    expect(maskContactFor('director', { customerName: '李女士 li@example.com' }).customerName).toBe('李女士 l***@example.com');
    expect(maskContactFor('admin', { customerName: '3号楼 王师傅' }).customerName).toBe('3号楼 王师傅');
    expect(maskContactFor('agent', ledger)).toBe(ledger);
  });

  it('masks only the contact fields a value has', () => {
    expect(maskContactFor('director', { phone: '13812345678' })).toEqual({ phone: '138****5678' });
    expect(maskContactFor('director', { no: 'TS1' })).toEqual({ no: 'TS1' });
  });
});

describe('identifiers written in free texts', () => {
  it('are masked as the case’s own contacts are, however they were typed', () => {
    expect(maskIdentifiersIn('请回电13812345678或138-1234-5679，邮件 zhang.san@example.com')).toBe(
      '请回电138****5678或138****5679，邮件 z***@example.com',
    );
    expect(maskIdentifiersIn('座机(010) 12345678，身份证110101199003071233')).toBe('座机010-****5678，身份证110***********1233');
    // As an input method types them, and landlines in groups: the rest of the text stays as written.
    expect(maskIdentifiersIn('请回电１３８１２３４５６７８或138－1234－5679')).toBe('请回电138****5678或138****5679');
    expect(maskIdentifiersIn('座机0755-8888-6666、010 6123 4567、(0755) 8888 6666转801')).toBe('座机0755-****6666、010-****4567、0755-****6666转801');
    // An 18-digit order number is no ID number: only one with a region and a real birth date is masked —
    // also with a mistyped check character, whose seventeen other digits are right.
    expect(maskIdentifiersIn('淘宝订单号202311051234567890，身份证11010519491231002X')).toBe('淘宝订单号202311051234567890，身份证110***********002X');
    expect(maskIdentifiersIn('身份证110101199003071234（末位记错）')).toBe('身份证110***********1234（末位记错）');
    expect(maskIdentifiersIn('订单号910101199003071234，单号110101199013071234')).toBe('订单号910101199003071234，单号110101199013071234');
    // Nothing that only looks like a number of a few digits, an order, a waybill or a case number.
    const plain = '订单JD20261123001于3月5日签收，运单YT0123456789，编号TS-20261123-0001，金额1280元';
    expect(maskIdentifiersIn(plain)).toBe(plain);
  });

  it('mask the case’s own address however far a note shortens it, still naming a place', () => {
    const record = { ...closedCase(), address: '北京市朝阳区建国路1号院2号楼303', description: '快递送到建国路1号院2号楼303，又改送朝阳区建国路1号院2号楼303。' };
    expect(maskCaseFor('director', record).description).toBe('快递送到****，又改送朝阳区****。');
    // Five characters or fewer name no place: 2号楼303 alone stays as written.
    expect(maskCaseFor('director', { ...record, description: '送到2号楼303' }).description).toBe('送到2号楼303');
  });

  it('are masked in every text of a case for roles without contacts.view, and left alone for the others', () => {
    const record = closedCase();
    const masked = maskCaseFor('director', record);
    expect(masked.phone).toBe('139****5678');
    expect(masked.description).toBe('陈晓燕来电，冰箱丢件，回电139****5678，身份证110***********1233。');
    expect(masked.demandNote).toBe('退款到 c***@example.com 绑定的账户');
    expect(masked.plan!.measures).toEqual(['补发', '致电139****5678道歉']);
    // Texts without an identifier are the same objects; the stored record is untouched.
    expect(masked.grading).toBe(record.grading);
    expect(record.description).toContain('13912345678');
    expect(JSON.stringify(masked)).not.toMatch(/13912345678|chen\.xy@|110101199003071233/);
    expect(maskCaseFor('supervisor', record)).toBe(record);
  });

  it('include the case’s own postal address where a text repeats it: the case, its entries and its history', () => {
    const address = '浙江省杭州市西湖区文三路88号';
    const letter = { ...closedCase(), address, description: `来信地址：${address}，要求书面答复。` };
    expect(maskCaseFor('director', letter).description).toBe('来信地址：浙江省杭州市****，要求书面答复。');
    expect(maskCaseFor('agent', letter).description).toBe(letter.description);
    const entry: CaseEntry = { id: 'e-2', caseId: 'c-1', at: 1, by: staff, kind: 'progress', text: `已按${address}寄出书面答复` };
    expect(maskEntryFor('admin', entry, address)).toMatchObject({ text: '已按浙江省杭州市****寄出书面答复' });
    // A registration recorded the address beside the description: the event knows it without being told.
    const event = sealEvent({
      subject: letter.id,
      n: 1,
      at: 1,
      actor: { ...staff, role: 'agent' },
      command: 'cases.register',
      changes: diffFields(null, letter),
      prevHash: GENESIS_HASH,
    });
    expect(JSON.stringify(maskEventFor('ops_director', event))).not.toContain('文三路');
  });

  it('are masked in a case’s entries and in the events of its history', () => {
    const entry: CaseEntry = { id: 'e-1', caseId: 'c-1', at: 1, by: staff, kind: 'contact', channel: 'phone', contactedAt: 1, summary: '客户留了新号码13700001111' };
    expect(maskEntryFor('admin', entry)).toMatchObject({ summary: '客户留了新号码137****1111', channel: 'phone' });
    expect(maskEntryFor('agent', entry)).toBe(entry);

    const record = { ...closedCase(), address: '浙江省杭州市西湖区文三路88号' };
    const event = sealEvent({
      subject: record.id,
      n: 1,
      at: 1,
      actor: { ...staff, role: 'agent' },
      command: 'cases.register',
      changes: diffFields(null, record),
      detail: { reopenReason: '要求回电13912345678' },
      prevHash: GENESIS_HASH,
    });
    const shown = maskEventFor('ops_director', event);
    expect(JSON.stringify(shown)).not.toMatch(/13912345678|chen\.xy@|110101199003071233/);
    expect(shown.changes.description!.after).toBe('陈晓燕来电，冰箱丢件，回电139****5678，身份证110***********1233。');
    expect(shown.changes.address!.after).toBe('浙江省杭州市****');
    expect(shown.detail).toEqual({ reopenReason: '要求回电139****5678' });
    expect(shown.hash).toBe(event.hash);
    expect(maskEventFor('legal', event)).toBe(event);
  });
});

describe('maskEventFor on the keys of a recorded record', () => {
  const event = (detail: Record<string, unknown>) =>
    sealEvent({ subject: 'c', n: 1, at: 1, actor: { ...staff, role: 'agent' }, command: 'imports.run', changes: {}, detail, prevHash: GENESIS_HASH });
  it('masks phone numbers, e-mails and ID numbers only, never a key named like the case’s account, and keeps keys masked alike apart', () => {
    expect(maskEventFor('director', event({ reason: '客户撤诉' }), undefined, 'reason').detail).toEqual({ reason: '客户撤诉' });
    expect(maskEventFor('admin', event({ map: { '13812341234': 'quality', '13899991234': 'service' } })).detail).toEqual({
      map: { '138****1234': 'quality', '138****1234 (2)': 'service' },
    });
  });
});
