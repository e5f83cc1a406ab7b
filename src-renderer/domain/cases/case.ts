import type { Clock, ClockKind } from '../clocks/clock';
import type { CorrectionNote } from './correction';
import type { ReferralDeadline, ReferralReply } from './referral-reply';
import type { LegalHold } from './legal-hold';
import type { CompensationConfirmation } from '../plans/compensation';
import type { TerminationRecord } from './termination';
import type { MergedCase, RelatedCase } from './links';
import type { CaseStatus } from '../lifecycle/machine';
import type { Category, Channel, CompensationType, CustomerType, Demand, Severity, SocialPlatform } from './vocabulary';
import type { SurveyScores } from '../feedback/survey';
import type { VerificationRequest } from '../verification/requests';

/** Who did something, as recorded on the case. */
export interface Person {
  id: string;
  name: string;
}

export interface ScreeningRecord {
  decision: 'accepted' | 'redirected' | 'awaiting_info';
  reason: string;
  /** Where the customer was referred (转办 destination). */
  referredTo: string;
  /** What is missing while awaiting information. */
  missing: string;
  at: number;
  by: Person;
}

/** 要求补充资料: what the customer was asked for, and when it came (with the agent's note on it). */
export interface InfoRequest {
  missing: string;
  askedAt: number;
  askedBy: Person;
  /** Null while it is awaited (or when the case was redirected meanwhile). */
  received: { note: string; at: number; by: Person } | null;
}

export interface VerificationRecord {
  conclusion: string;
  at: number;
  by: Person;
}

/** 法务意见 on a plan: what legal said, when and who. */
export interface LegalOpinion {
  text: string;
  at: number;
  by: Person;
}

/** A grading or a plan sent back: why, when and by whom. */
export interface ReturnNote {
  reason: string;
  at: number;
  by: Person;
}

export interface GradingRecord {
  category: Category;
  subCategory: string;
  severity: Severity;
  rationale: string;
  department: string;
  submittedAt: number;
  submittedBy: Person;
  approvedAt: number | null;
  approvedBy: Person | null;
  /** Why it was last sent back, while it waits to be resubmitted; '' otherwise. */
  returnReason: string;
  /** Every time this grading or plan was sent back, oldest first; kept when it is resubmitted. Absent before it was kept. */
  returns?: ReturnNote[];
}

export interface PlanRecord {
  measures: string[];
  owner: Person;
  department: string;
  collaborators: string[];
  dueAt: number;
  resources: string;
  compensation: { type: CompensationType; amount: number | null };
  legalRisk: boolean;
  submittedAt: number;
  submittedBy: Person;
  legalOpinion: LegalOpinion | null;
  /** Opinions legal gave on this plan before revising them, oldest first. Absent until one was revised. */
  earlierOpinions?: LegalOpinion[];
  approvedAt: number | null;
  approvedBy: Person | null;
  /** Why it was last sent back, while it waits to be resubmitted; '' otherwise. */
  returnReason: string;
  /** Every time this grading or plan was sent back, oldest first; kept when it is resubmitted. Absent before it was kept. */
  returns?: ReturnNote[];
  /**
   * 赔付确认: that the promised compensation was paid (or declined by the customer), oldest first;
   * a later one corrects an earlier one, the latest counts (domain/plans/compensation.ts). Absent
   * until the first.
   */
  compensationConfirmations?: CompensationConfirmation[];
}

export interface ExtensionRequest {
  id: string;
  reason: string;
  fromDueAt: number;
  toDueAt: number;
  requestedAt: number;
  requestedBy: Person;
  /** `withdrawn`: still pending when the case was terminated (终止处理), by whoever terminated it; nobody could decide it any more. */
  decision: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  decidedAt: number | null;
  decidedBy: Person | null;
  decisionNote: string;
  /**
   * The deadline that had passed when it was asked for (the clock overdue then, as the case page showed it):
   * approved, the work gets its new date but the handling counts as late (`Clock.overdueSince`). Absent when asked in time.
   */
  overdueSince?: number;
}


export type { SurveyScores };

export interface FeedbackRecord {
  channel: Channel;
  result: string;
  at: number;
  by: Person;
  scores: SurveyScores;
  comment: string;
  satisfied: boolean;
}

/** One complaint as the store keeps it. Instants are epoch milliseconds; indexed flags are 0/1. */
export interface CaseRecord {
  id: string;
  no: string;
  /** The number the case had in the system it was imported from (imports only). */
  externalId?: string;
  /** The import job and file row the case came from (imports only; the job's audit chain lists it). */
  importedFrom?: { jobId: string; row: number };
  receivedAt: number;
  registeredAt: number;
  updatedAt: number;
  channel: Channel;
  customerName: string;
  customerType: CustomerType;
  phone: string;
  email: string;
  /**
   * 通信地址: where a letter reaches the customer (schema 8). Absent when none was given, and on
   * cases of earlier versions; a contact detail like the phone and e-mail (masked, anonymised).
   */
  address?: string;
  /**
   * 社交/应用账号: the platform and the customer's account, handle or user ID there, as they gave
   * it (domain/cases/account.ts). Both or neither; absent when none was given, and on older cases.
   * A contact detail like the phone and e-mail (masked, anonymised, in the contact keys).
   */
  socialPlatform?: SocialPlatform;
  socialAccount?: string;
  /**
   * 来源单号: the number of the ticket the complaint came with (a 12315 work order, a platform's
   * ticket), schema 8. Absent when none was given, so its index holds only real numbers; one per desk.
   */
  referralNo?: string;
  /**
   * 转办反馈时限: by when the referring body (12315) expects to hear what was done (schema 8; its
   * clock is `clocks.referralReply`). Absent on cases that are no referral or came without one.
   */
  referralDeadline?: ReferralDeadline;
  /** 回复转办单位: every reply sent to the referring body, oldest first. Absent until the first. */
  referralReplies?: ReferralReply[];
  description: string;
  demands: Demand[];
  demandNote: string;
  product: string;
  orderNo: string;
  amount: number | null;
  initialSeverity: Severity;
  /**
   * 初判类别: the agent's first view of the category at registration, kept when grading sets
   * `category` (schema 8). Absent when the agent chose none, and on older cases, whose `category`
   * is the first view only until a grading is approved.
   */
  initialCategory?: Category;
  /** Current severity: the initial one until a grading is approved. */
  severity: Severity;
  category: Category | null;
  subCategory: string;
  department: string;
  owner: Person | null;
  intakeAgent: Person;
  status: CaseStatus;
  archived: 0 | 1;
  legalRisk: 0 | 1;
  reopenCount: number;
  clocks: Partial<Record<ClockKind, Clock>>;
  /** Due instant of the running response clock (indexed; absent when it is not running). */
  responseDueAt?: number;
  /** Earliest due instant among running clocks (indexed; absent when none runs). */
  nextDueAt?: number;
  /**
   * The customer's phone, e-mail and account as keys (`contactIndexKeys`: hyphens and +86 gone,
   * e-mail in lower case, the account as `platform:handle`, empty ones left out), multi-entry indexed: how a customer's cases are found.
   * Derived on every write (`withDerivedFields`); not audited, masked with the phone and e-mail.
   */
  contactKeys?: string[];
  screening: ScreeningRecord | null;
  /**
   * Every request for missing information at 初审, oldest first, with when it was received: the
   * screening record moves on to the next decision, these stay. Absent until the first request.
   */
  infoRequests?: InfoRequest[];
  verification: VerificationRecord | null;
  /**
   * 核实请求: questions sent to the desk's departments while 核实中, oldest first, each open, answered
   * (a check entry in the department's name) or withdrawn (domain/verification/requests.ts). Absent until the first.
   */
  verificationRequests?: VerificationRequest[];
  grading: GradingRecord | null;
  plan: PlanRecord | null;
  /**
   * Approved plans a re-handling replaced, oldest first: what the customer was promised before
   * (domain/plans/earlier.ts). Absent until a second plan is submitted after an approved one.
   */
  earlierPlans?: PlanRecord[];
  extensions: ExtensionRequest[];
  /**
   * 处理结果: what was done, as summarised when the handling was completed (the latest, after a
   * re-handling), or the resolution an imported case came with. Absent before (schema 8); the
   * summary is also the last entry of the progress log.
   */
  outcome?: { summary: string; at: number; by: Person };
  feedback: FeedbackRecord | null;
  /**
   * Surveys taken before `feedback`, oldest first: a customer not satisfied (or a case sent back by
   * quality review) is surveyed again after the re-handling, and the earlier answers still count.
   * Absent until a second survey (schema 8).
   */
  earlierSurveys?: FeedbackRecord[];
  /**
   * The resolution clocks of handlings done before the current one, oldest first: a re-handling's
   * approved plan starts a new clock, and the earlier handling, on time or late, still counts in
   * the month it was completed. Absent until a second plan is approved.
   */
  earlierResolutions?: Clock[];
  /**
   * 登记信息更正: each time registered details were put right afterwards (which fields, why, who,
   * when), oldest first; the values before and after are in the command's audit event. Absent
   * until the first correction.
   */
  corrections?: CorrectionNote[];
  unreachableAttempts: number;
  /**
   * When the latest failed call since the latest survey was made (the call's time): a survey answers
   * every call recorded before it and drops this; one recorded after the latest survey (a re-handling's
   * callback that failed) leaves the customer not reached. Absent otherwise (and on cases of earlier versions).
   */
  lastUnreachableAt?: number;
  /**
   * 客户催办: how often the customer chased the case (a contact they made, marked so) and when they
   * last did (the contact's time). Absent until the first.
   */
  chases?: { count: number; lastAt: number };
  /** 终止处理: why and when the case ended before its loop was done (status `terminated`). */
  termination?: TerminationRecord;
  /**
   * 并入本单的投诉: duplicates terminated into this case (终止处理 as `duplicate`), oldest first, each
   * with whether its customer was told the result (domain/cases/links.ts; the telling's rule in merged-informing.ts). Ids and numbers only.
   * Absent until the first.
   */
  mergedCases?: MergedCase[];
  /** 关联投诉: cases related to this one without being duplicates, kept alike on both. Absent until the first. */
  relatedCases?: RelatedCase[];
  /**
   * 法律保留: every hold placed on the case (litigation, a regulator, an insurance claim), oldest
   * first, with its release; while the last is not released the case is neither archived nor
   * anonymised (domain/cases/legal-hold.ts). Absent until the first hold.
   */
  legalHolds?: LegalHold[];
  closedAt: number | null;
  attachmentBytes: number;
  /** When the customer's personal data was erased after the retention period (absent while it is kept). */
  anonymisedAt?: number;
}


/** A row of the case list: what the list shows, nothing more. */
export type CaseSummary = Pick<
  CaseRecord,
  | 'id'
  | 'no'
  | 'receivedAt'
  | 'channel'
  | 'customerName'
  | 'severity'
  | 'status'
  | 'responseDueAt'
  | 'nextDueAt'
  | 'updatedAt'
  | 'category'
  | 'department'
  | 'owner'
  | 'archived'
>;

export function toSummary(record: CaseRecord): CaseSummary {
  const { id, no, receivedAt, channel, customerName, severity, status, responseDueAt, nextDueAt, updatedAt, category, department, owner, archived } =
    record;
  return { id, no, receivedAt, channel, customerName, severity, status, responseDueAt, nextDueAt, updatedAt, category, department, owner, archived };
}
