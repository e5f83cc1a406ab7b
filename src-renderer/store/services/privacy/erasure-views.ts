import { z } from 'zod';
import type { CaseRecord } from '../../../domain/cases/case';
import type { CaseStatus } from '../../../domain/lifecycle/machine';
import type { HoldKind } from '../../../domain/cases/legal-hold';
import type { SocialPlatform } from '../../../domain/cases/vocabulary';
import { contactsOf, customerCaseLine, CustomerKeyInput, newestFirst } from '../../../domain/privacy/customer';
import { ErasureNoInput, erasureReplyDaysOf, type ErasureRequest } from '../../../domain/privacy/erasure';
import {
  answeredAt,
  awaitsDelivery,
  countStates,
  erasureDisposition,
  erasureOutcome,
  isOverdue,
  maskDestination,
  maskKey,
  requestDisposition,
  type ErasureCounts,
  type ErasureDisposition,
  type ErasureOutcome,
  type ErasureState,
  type WaitingReason,
} from '../../../domain/privacy/erasure-cases';
import { addressForms, differingContacts, valuesInHistory, type ContactField } from '../../../domain/privacy/erasure-match';
import { maskCaseText, maskContactFor, maskIdentifiersIn, mayViewContacts } from '../../../domain/privacy/mask';
import type { Role } from '../../../domain/users/roles';
import type { AuditEvent } from '../../../domain/audit/chain';
import { subjectEvents } from '../../core/audit';
import { readSettings } from '../../core/settings';
import type { DeskDb } from '../../db';
import { query } from '../../rpc/define';
import { heldPart } from './anonymise';
import { casesOf } from './customers';
import { readAllRequests, readRequest } from './requests';

/** One case of a request (or of the customer found, before recording): what happens to it now, and why. */
export interface ErasureCaseLine {
  id: string;
  no: string;
  receivedAt: number;
  status: CaseStatus;
  closedAt: number | null;
  customerName: string;
  /** The case's contacts, to tell two customers of one name, address or handle apart; masked for roles without `contacts.view`. */
  phone: string;
  email: string;
  address?: string;
  socialPlatform?: SocialPlatform;
  socialAccount?: string;
  state: ErasureState;
  /** Why it waits (state `waiting`). */
  waiting?: WaitingReason;
  /** The 12315 reply still owed (waiting on `referralReply`): when it is due. */
  referralDueAt?: number;
  /** The hold that refuses it (state `held`); its reference masked as the case's texts are for the reader. */
  hold?: { kind: HoldKind; reference: string };
  anonymisedAt?: number;
}

/** A case of a request (`disposition` as `requestDisposition` finds it) or of the customer found. */
export function erasureLine(record: CaseRecord, role: Role, disposition: ErasureDisposition = erasureDisposition(record)): ErasureCaseLine {
  // The case and its contacts as the customer lookup lists them (masked for the reader), and what the request does with it.
  const { anonymised: _anonymised, ...line } = customerCaseLine(record, maskContactFor(role, contactsOf(record)));
  return {
    ...line,
    state: disposition.state,
    ...(disposition.state === 'waiting' ? { waiting: disposition.reason } : {}),
    ...(disposition.state === 'waiting' && disposition.reason === 'referralReply' && record.nextDueAt !== undefined ? { referralDueAt: record.nextDueAt } : {}),
    ...(disposition.state === 'held' ? heldPart(record, role) : {}),
    ...(record.anonymisedAt !== undefined ? { anonymisedAt: record.anonymisedAt } : {}),
  };
}

export interface ErasureView {
  request: ErasureRequest;
  cases: ErasureCaseLine[];
  counts: ErasureCounts;
  outcome: ErasureOutcome;
  overdue: boolean;
  answeredAt: number | null;
  /** Closed, the final reply not delivered yet (the request still names the customer). */
  awaitsDelivery: boolean;
}

/**
 * The request as the reader may see it: a role without `contacts.view` reads the key, where the
 * reply went and the notes masked — the notes as the texts of its cases are, their postal
 * addresses and accounts included.
 */
function requestFor(request: ErasureRequest, role: Role, cases: ReadonlyArray<{ record: CaseRecord; events: AuditEvent[] }>): ErasureRequest {
  if (mayViewContacts(role) || request.masked) return request;
  // Each address and account the cases had, anonymised since or not; an address also as a note shortens it (without the province or the city).
  const own = cases.flatMap(({ record, events }) => [
    ...valuesInHistory(record, events, 'address').flatMap(addressForms).map((address) => ({ address, account: undefined })),
    ...valuesInHistory(record, events, 'socialAccount').map((account) => ({ address: undefined, account })),
  ]);
  const texts = (text: string) => own.reduce((masked, { address, account }) => maskCaseText(masked, address, account), maskIdentifiersIn(text));
  return {
    ...request,
    key: request.key.kind === 'name' ? request.key : { ...request.key, value: maskKey(request.key.kind, request.key.value) },
    verificationNote: texts(request.verificationNote),
    note: texts(request.note),
    refusal: request.refusal && { ...request.refusal, reason: texts(request.refusal.reason) },
    deliveries: request.deliveries.map((delivery) => ({ ...delivery, to: maskDestination(delivery.to) })),
  };
}

/** Builds the views of requests from one bulk read of their cases. */
export async function erasureViews(db: DeskDb, requests: ErasureRequest[], role: Role, now: number): Promise<ErasureView[]> {
  const ids = [...new Set(requests.flatMap((request) => request.cases.map((c) => c.id)))];
  const records = new Map<string, CaseRecord>();
  (await db.cases.bulkGet(ids)).forEach((record) => record && records.set(record.id, record));
  // Their histories only where notes are masked with them (a role without contacts.view, a request not masked yet).
  const masking = !mayViewContacts(role) && requests.some((request) => !request.masked);
  const histories = new Map<string, AuditEvent[]>();
  if (masking) for (const id of records.keys()) histories.set(id, await subjectEvents(db, id));
  return requests.map((request) => {
    const own = request.cases.flatMap((c) => records.get(c.id) ?? []);
    const cases = own.map((record) => erasureLine(record, role, requestDisposition(record, request)));
    const counts = countStates(cases.map((line) => line.state));
    return {
      request: requestFor(request, role, own.map((record) => ({ record, events: histories.get(record.id) ?? [] }))),
      cases,
      counts,
      outcome: erasureOutcome(request, counts),
      overdue: isOverdue(request, now),
      answeredAt: answeredAt(request),
      awaitsDelivery: awaitsDelivery(request),
    };
  });
}

export async function erasureView(db: DeskDb, no: string, role: Role, now: number): Promise<ErasureView> {
  return (await erasureViews(db, [await readRequest(db, no)], role, now))[0]!;
}

export interface ErasurePreview {
  /** Newest receipt first. */
  cases: ErasureCaseLine[];
  /** Where the cases found disagree on who the customer is (two names, two phones…): they may be more than one person's. */
  differing: ContactField[];
}

/**
 * 删除请求 of one customer before it is recorded: their cases as the export finds them, each with
 * what would happen to it and its contacts, and where they disagree (compared in clear, whatever
 * the reader sees).
 */
export const preview = query(
  z.object({ key: CustomerKeyInput }),
  async (ctx, { key }): Promise<ErasurePreview> => {
    const records = (await casesOf(ctx, key)).sort(newestFirst);
    return { cases: records.map((record) => erasureLine(record, ctx.actor!.role)), differing: differingContacts(records) };
  },
  { access: 'erasure.record' },
);

/** One request with its cases as they are now. */
export const get = query(ErasureNoInput, async (ctx, { no }) => erasureView(ctx.db, no, ctx.actor!.role, ctx.now()), { access: 'erasure.record' });

/** Answered, still open, and a case of it may be erased now: the request is to be executed again. */
function isErasableAgain({ request, counts }: Pick<ErasureView, 'request' | 'counts'>): boolean {
  return request.closedAt === null && request.executions.length > 0 && counts.eligible > 0;
}

export interface ErasureList {
  /** Newest receipt first. */
  requests: ErasureView[];
  /** Requests past their reply deadline without an answer. */
  overdue: number;
  /** Open requests already answered with a case that may be erased now (a waiting or held one has ended): to execute again. */
  erasable: number;
  /** Closed requests whose final reply is not recorded as delivered. */
  undelivered: number;
  replyDays: number;
}

/** 个人信息删除请求: every request recorded (a centre receives a few a month), open or closed. */
export const list = query(
  z.object({}).default({}),
  async (ctx): Promise<ErasureList> => {
    const { db } = ctx;
    const requests = (await readAllRequests(db)).sort(newestFirst);
    const views = await erasureViews(db, requests, ctx.actor!.role, ctx.now());
    const { privacy } = await readSettings(db);
    return {
      requests: views,
      overdue: views.filter((view) => view.overdue).length,
      erasable: views.filter(isErasableAgain).length,
      undelivered: views.filter((view) => view.awaitsDelivery).length,
      replyDays: erasureReplyDaysOf(privacy),
    };
  },
  { access: 'erasure.record' },
);
