import type { TFunction } from 'i18next';
import type { CustomerKeyKind } from '../../../../../domain/privacy/customer';
import type { ContactField } from '../../../../../domain/privacy/erasure-match';
import type { ErasureCaseLine } from '../../../../../store/services/privacy/erasure-views';
import { formatDateTime } from '../../../../components/format';
import { socialAccountText } from '../../../cases/accountText';

/** What happens to a case of a deletion request, in a word: 已删除, 可以删除, 暂缓删除, 不予删除, 不再属于该客户. */
export function lineState(t: TFunction, line: ErasureCaseLine): string {
  return t(`erasure.state.${line.state}`);
}

/**
 * Why, in a sentence: on the panel and in the printed reply. The reply goes to the requester: a
 * legal hold is named by its kind only there, never by its reference (a court's or a regulator's file number).
 */
export function lineReason(t: TFunction, line: ErasureCaseLine, { forRequester = false }: { forRequester?: boolean } = {}): string {
  switch (line.state) {
    case 'done':
      return t('erasure.reason.done', { at: line.anonymisedAt === undefined ? '' : formatDateTime(line.anonymisedAt) });
    case 'eligible':
      return t('erasure.reason.eligible');
    case 'waiting':
      return line.waiting === 'referralReply' ? t('erasure.reason.referralReply') : t('erasure.reason.handling', { status: t(`status.${line.status}`) });
    case 'held': {
      const kind = line.hold ? t(`legalHold.kinds.${line.hold.kind}`) : '';
      return line.hold?.reference && !forRequester ? t('erasure.reason.heldReference', { kind, reference: line.hold.reference }) : t('erasure.reason.held', { kind });
    }
    case 'notCustomer':
      return t('erasure.reason.notCustomer');
  }
}

/** The contacts of a case, one to a line part: to tell two customers of one name, address or handle apart. */
export function lineContacts(t: TFunction, line: Pick<ErasureCaseLine, 'phone' | 'email' | 'address' | 'socialPlatform' | 'socialAccount'>): string[] {
  return [line.phone, line.email, socialAccountText(t, line), line.address ?? ''].filter((value) => value !== '');
}

/** 姓名、电话: the fields the cases found disagree in. */
export function differingText(t: TFunction, fields: readonly ContactField[]): string {
  return fields.map((field) => t(`erasure.form.fields.${field}`)).join(t('erasure.form.fieldSeparator'));
}

/** 电话：139****5678 — how the customer was found. */
export function keyText(t: TFunction, key: { kind: CustomerKeyKind; value: string }): string {
  return t('erasure.key', { kind: t(`privacy.lookup.kinds.${key.kind}`), value: key.value });
}

/** 回拨登记的联系电话核实（另核对了身份证后四位）: how the identity was checked, with the note when there is one. */
export function verificationText(t: TFunction, request: { verification: string; verificationNote: string }): string {
  const text = t(`erasure.verification.${request.verification}`);
  return request.verificationNote ? t('erasure.withNote', { text, note: request.verificationNote }) : text;
}

export const STATE_COLOURS = { done: 'gray', eligible: 'teal', waiting: 'yellow', held: 'red', notCustomer: 'grape' } as const;
export const OUTCOME_COLOURS = { pending: 'blue', waiting: 'yellow', partial: 'orange', completed: 'teal', refused: 'red' } as const;
