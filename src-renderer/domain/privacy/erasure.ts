/**
 * 个人信息删除请求 (《个人信息保护法》第四十七条): a customer asks the centre to delete their personal
 * data before the retention period ends. The request is recorded with how it came in, how the
 * requester's identity was checked and on what grounds; its cases are anonymised as each may be
 * (domain/privacy/erasure-cases.ts), and the centre answers within the reply period.
 */
import { z } from 'zod';
import type { Person } from '../cases/case';
import { CHANNELS, type Channel } from '../cases/vocabulary';
import { dayKeyOf, type WorkCalendar } from '../clocks/calendar';
import { id, optionalText, pastInstant, requiredText } from '../common/fields';
import { CustomerKeyInput, type CustomerKeyKind } from './customer';

/** How the requester was shown to be the customer the cases are about. */
export const IDENTITY_CHECKS = ['id_document', 'registered_phone', 'registered_email', 'registered_account', 'other'] as const;
export type IdentityCheck = (typeof IDENTITY_CHECKS)[number];

/** 第四十七条第一款: the grounds a customer may ask for deletion on. */
export const ERASURE_GROUNDS = ['purpose_achieved', 'service_ended', 'consent_withdrawn', 'unlawful_processing', 'other'] as const;
export type ErasureGround = (typeof ERASURE_GROUNDS)[number];

/** Days the centre gives itself to answer (Settings → 个人信息保护), from the day of receipt. */
export const DEFAULT_ERASURE_REPLY_DAYS = 15;
export const MAX_ERASURE_REPLY_DAYS = 60;

/** Absent in settings saved before it existed: read as the default. */
export function erasureReplyDaysOf(privacy: { erasureReplyDays?: number }): number {
  return privacy.erasureReplyDays ?? DEFAULT_ERASURE_REPLY_DAYS;
}

/** Most cases one request covers: what one anonymisation takes. */
export const ERASURE_CASES_MAX = 500;
export const REQUESTER_MAX = 100;
export const ERASURE_NOTE_MAX = 2000;
export const VERIFICATION_NOTE_MAX = 500;
export const DELIVERY_TO_MAX = 200;

/**
 * The end of the `days`-th calendar day after the day of receipt, local time: 15 日内 as people count
 * it. A last day that is no working day of the desk's calendar (a weekend, a public holiday, the
 * administrator's day off) moves to the next working day, as 《民法典》第二百零三条 moves a period's end.
 */
export function erasureReplyDueAt(receivedAt: number, days: number, calendar: WorkCalendar): number {
  const received = new Date(receivedAt);
  const endOf = (offset: number) => new Date(received.getFullYear(), received.getMonth(), received.getDate() + offset + 1).getTime() - 1;
  // A year without a working day is a broken calendar: the plain count stands then.
  for (let offset = days; offset < days + 366; offset += 1) {
    const day = new Date(received.getFullYear(), received.getMonth(), received.getDate() + offset);
    if (calendar.isWorkingDay(dayKeyOf(day), day.getDay())) return endOf(offset);
  }
  return endOf(days);
}

/** `SC-20261201-001`: the local day the request was recorded and its sequence that day. */
export function formatErasureNumber(dayKey: string, sequence: number): string {
  return `SC-${dayKey}-${sequence.toString().padStart(3, '0')}`;
}

/** Whether a number someone typed is a deletion request's (SC-…) rather than a case's, in any letter case. */
export const isErasureNumber = (text: string): boolean => /^SC-/i.test(text.trim());

/** One execution: the cases anonymised then, and those left (by number), as the reply reports them. */
export interface ErasureExecution {
  at: number;
  by: Person;
  erased: string[];
  waiting: string[];
  held: string[];
  /** Cases whose customer was corrected since recording: no longer the requester's, left alone. */
  notCustomer: string[];
}

/** How the reply (告知书) reached the requester. */
export const DELIVERY_METHODS = ['post', 'email', 'sms', 'in_person', 'online', 'other'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** 告知书已送达: how and where the reply went, when, and who recorded it. */
export interface ErasureDelivery {
  at: number;
  method: DeliveryMethod;
  /** Where it went (the address, e-mail, number, the counter it was handed over at); masked with the request. */
  to: string;
  by: Person;
  recordedAt: number;
}

export interface ErasureRequest {
  no: string;
  receivedAt: number;
  channel: Channel;
  /** The name the requester gave; masked once the final reply is delivered. */
  requester: string;
  /** How the customer was found, as for the data export; the value masked once the final reply is delivered. */
  key: { kind: CustomerKeyKind; value: string };
  verification: IdentityCheck;
  verificationNote: string;
  grounds: ErasureGround;
  note: string;
  /** The cases the request covers, chosen among those found: kept by id and number, whatever becomes of them. */
  cases: Array<{ id: string; no: string }>;
  /** Fixed at recording: a later change of the setting does not move it. */
  dueAt: number;
  recordedAt: number;
  recordedBy: Person;
  executions: ErasureExecution[];
  /** 不予删除 of what was not erased, with the reason; closes the request. */
  refusal: { reason: string; at: number; by: Person } | null;
  /** Completed (no case left waiting or held) or refused; null while open. */
  closedAt: number | null;
  /** The replies delivered, oldest first; one at or after closing is the final answer, and masks the request. */
  deliveries: ErasureDelivery[];
  /**
   * True once the requester's name, the key and the texts were masked: when the final reply was
   * delivered. Until then the centre needs them to address and send it.
   */
  masked: boolean;
}

/** The request's key in the settings table, and the subject of its audit chain. */
export const erasureKey = (no: string) => `erasure:${no}`;

/** `erasure.record`: the customer as the export finds them, the cases chosen among those found, and how the request came in. */
export function RecordErasureInput(now: number) {
  return z
    .object({
      key: CustomerKeyInput,
      caseIds: z
        .array(id())
        // Of its own: the common 请至少关联一宗投诉 says nothing of ticking the requester's cases.
        .min(1, { error: 'validation.erasureCasesRequired' })
        .max(ERASURE_CASES_MAX, { error: 'validation.tooMany' })
        .transform((ids) => [...new Set(ids)]),
      requester: requiredText(REQUESTER_MAX),
      receivedAt: pastInstant(now),
      channel: z.enum(CHANNELS, { error: 'validation.chooseOne' }),
      verification: z.enum(IDENTITY_CHECKS, { error: 'validation.chooseOne' }),
      verificationNote: optionalText(VERIFICATION_NOTE_MAX),
      grounds: z.enum(ERASURE_GROUNDS, { error: 'validation.chooseOne' }),
      note: optionalText(ERASURE_NOTE_MAX),
    })
    .superRefine((value, ctx) => {
      // “Other” says nothing by itself: how it was checked must be written down.
      if (value.verification === 'other' && value.verificationNote === '') ctx.addIssue({ code: 'custom', path: ['verificationNote'], message: 'validation.required' });
    });
}
export type RecordErasureInput = z.input<ReturnType<typeof RecordErasureInput>>;

const RequestNo = z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(40);

export const ErasureNoInput = z.object({ no: RequestNo });
export const RefuseErasureInput = z.object({ no: RequestNo, reason: requiredText(ERASURE_NOTE_MAX) });

/** `erasure.deliver`: the reply's delivery, not in the future (nor before the answer: checked with the request). */
export function DeliverErasureInput(now: number) {
  return z.object({
    no: RequestNo,
    at: pastInstant(now),
    method: z.enum(DELIVERY_METHODS, { error: 'validation.chooseOne' }),
    to: requiredText(DELIVERY_TO_MAX),
  });
}
export type DeliverErasureInput = z.input<ReturnType<typeof DeliverErasureInput>>;
