/**
 * Random but lifecycle-shaped case records for index tests: few distinct
 * timestamps (so ties in every sort key happen), every status, clock state,
 * approval and survey combination, and real complaint texts.
 */
import type { SurveyScores } from '../../../../../src-renderer/domain/feedback/survey';
import type { CaseRecord, Person } from '../../../../../src-renderer/domain/cases/case';
import { CATEGORIES, CHANNELS, SEVERITIES } from '../../../../../src-renderer/domain/cases/vocabulary';
import type { Clock, ClockKind } from '../../../../../src-renderer/domain/clocks/clock';
import { CASE_STATUSES } from '../../../../../src-renderer/domain/lifecycle/machine';
import { withDerivedFields } from '../../../../../src-renderer/store/core/derived';
import { rng } from '../../../../bench/generate';
import { HOUR, NOW } from '../fixtures';

export const OWNERS: Person[] = [
  { id: 'u-agent', name: '客服小王' },
  { id: 'u-agent2', name: '客服小李' },
  { id: 'u-supervisor', name: '主管老陈' },
];
export const DEPARTMENTS = ['客服中心', '物流配送部', '质量管理部', ''];

export const SUB_CATEGORIES = ['', '延迟发货', '包装破损', '态度冷淡'];

function clock(kind: ClockKind, state: Clock['state'], dueAt: number, completedAt = dueAt): Clock {
  return {
    kind,
    mode: 'calendar',
    budgetMs: 24 * HOUR,
    startedAt: dueAt - 24 * HOUR,
    consumedMs: 0,
    runningSince: state === 'running' ? dueAt - 24 * HOUR : null,
    dueAt,
    state,
    completedAt: state === 'met' || state === 'missed' ? completedAt : null,
    pauses: state === 'paused' ? [{ from: dueAt - 2 * HOUR, to: null, reason: '等待客户' }] : [],
  };
}

export function randomCases(count: number, texts: readonly string[], seed: number, now = NOW): CaseRecord[] {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // Coarse instants on purpose: many cases share a second or a minute.
  const instant = (spanHours: number) => now + Math.round((random() - 0.5) * spanHours) * (random() < 0.5 ? HOUR : 1000);
  const out: CaseRecord[] = [];
  for (let n = 0; n < count; n += 1) {
    const status = pick(CASE_STATUSES);
    const severity = pick(SEVERITIES);
    const graded = !['registered', 'awaiting_info', 'redirected', 'verifying', 'grading'].includes(status);
    const clocks: CaseRecord['clocks'] = {};
    const stateRoll = random();
    if (status !== 'closed' && status !== 'redirected') {
      clocks.response = clock('response', stateRoll < 0.6 ? 'running' : stateRoll < 0.85 ? 'met' : 'missed', instant(96), instant(1500));
      if (graded) clocks.resolution = clock('resolution', pick(['running', 'paused', 'met', 'missed'] as const), instant(400), instant(1500));
    } else if (status === 'closed') {
      clocks.response = clock('response', random() < 0.8 ? 'met' : 'missed', instant(96), instant(1500));
      clocks.resolution = clock('resolution', random() < 0.7 ? 'met' : 'missed', instant(400), instant(1500));
    }
    const receivedAt = instant(2000);
    const surveyed = status === 'closed' || (status === 'planning' && random() < 0.3);
    const score = () => 1 + Math.floor(random() * 5);
    out.push(
      withDerivedFields({
        id: `case-${seed}-${n}`,
        no: `TS-2026${String(seed).padStart(4, '0')}-${String(n + 1).padStart(4, '0')}`,
        receivedAt,
        registeredAt: receivedAt,
        updatedAt: random() < 0.2 ? receivedAt : instant(300),
        channel: pick(CHANNELS),
        customerName: pick(['张三', '李四', '王五', '赵六', 'Ａｌｉｃｅ']),
        customerType: 'individual',
        phone: random() < 0.8 ? `138${String(Math.floor(random() * 1e8)).padStart(8, '0')}` : '',
        email: random() < 0.3 ? `c${n}@example.cn` : '',
        description: pick(texts),
        demands: [],
        demandNote: '',
        product: '',
        orderNo: random() < 0.3 ? `DD${Math.floor(random() * 1e6)}` : '',
        amount: null,
        initialSeverity: severity,
        severity,
        category: graded || random() < 0.2 ? pick(CATEGORIES) : null,
        subCategory: pick(SUB_CATEGORIES),
        department: pick(DEPARTMENTS),
        owner: random() < 0.9 ? pick(OWNERS) : null,
        intakeAgent: OWNERS[0]!,
        status,
        archived: status === 'closed' && random() < 0.5 ? 1 : 0,
        legalRisk: 0,
        reopenCount: random() < 0.15 ? 1 + Math.floor(random() * 2) : 0,
        clocks,
        screening: null,
        verification: null,
        grading: null,
        plan:
          status === 'plan_review'
            ? {
                measures: ['退款'],
                owner: OWNERS[0]!,
                department: '客服中心',
                collaborators: [],
                dueAt: now + 48 * HOUR,
                resources: '',
                compensation: { type: 'none', amount: null },
                legalRisk: random() < 0.4,
                submittedAt: now,
                submittedBy: OWNERS[0]!,
                legalOpinion: random() < 0.5 ? { text: '无异议', at: now, by: OWNERS[2]! } : null,
                approvedAt: null,
                approvedBy: null,
                returnReason: '',
              }
            : null,
        extensions:
          status === 'executing' && random() < 0.5
            ? [
                {
                  id: `x-${n}`,
                  reason: '配件未到',
                  fromDueAt: now,
                  toDueAt: now + 24 * HOUR,
                  requestedAt: now,
                  // Each owner in turn (no draw, so the rest of the case stays as it was): askers then meet their own requests.
                  requestedBy: OWNERS[n % OWNERS.length]!,
                  decision: random() < 0.5 ? 'pending' : 'approved',
                  decidedAt: null,
                  decidedBy: null,
                  decisionNote: '',
                },
              ]
            : [],
        feedback: surveyed
          ? {
              channel: 'phone',
              result: '已退款',
              at: instant(1500),
              by: OWNERS[0]!,
              // Some customers declined to score (scores drawn all the same, so the rest of the case stays as it was).
              scores: declinedEvery7th(n, { efficiency: score(), resolution: score(), attitude: score(), compensation: score() }),
              comment: '',
              satisfied: true,
            }
          : null,
        unreachableAttempts: random() < 0.2 ? 1 + Math.floor(random() * 3) : 0,
        // A few chased, some very often (past what the index counts exactly).
        ...(random() < 0.2 ? { chases: { count: random() < 0.05 ? 300 : 1 + Math.floor(random() * 4), lastAt: instant(800) } } : {}),
        // A few under a legal hold, some of them released since.
        ...(random() < 0.1 ? { legalHolds: [holdOf(instant(600), random() < 0.4 ? instant(300) : null)] } : {}),
        closedAt: status === 'closed' ? instant(800) : null,
        attachmentBytes: 0,
      }),
    );
    const record = out[n]!;
    // Handled again: the earlier handling's clock and the survey the customer was not satisfied with are kept.
    if (record.reopenCount > 0 && record.clocks.resolution && record.feedback) {
      const rounds = Array.from({ length: record.reopenCount }, () => clock('resolution', random() < 0.5 ? 'met' : 'missed', instant(400), instant(1500)));
      const surveys = rounds.map(() => ({ ...SURVEY_TEMPLATE, at: instant(1500), scores: { efficiency: score(), resolution: score(), attitude: 1, compensation: 1 }, satisfied: false }));
      out[n] = { ...record, earlierResolutions: rounds, earlierSurveys: surveys };
    }
  }
  return out;
}

/** Every seventh case's customer declined to score: a survey recorded, no score (不愿评分). */
function declinedEvery7th(n: number, scores: SurveyScores): SurveyScores {
  return n % 7 === 3 ? { efficiency: null, resolution: null, attitude: null, compensation: null } : scores;
}

/** A legal hold placed at `at`, released at `releasedAt` (null: it stands). */
function holdOf(at: number, releasedAt: number | null) {
  return {
    kind: 'litigation' as const,
    reason: '客户起诉',
    reference: '',
    until: null,
    placedAt: at,
    placedBy: OWNERS[0]!,
    released: releasedAt === null ? null : { note: '已结案', at: releasedAt, by: OWNERS[0]! },
  };
}

const SURVEY_TEMPLATE = { channel: 'phone', result: '已退款', by: OWNERS[0]!, comment: '', satisfied: false } as const;

/**
 * Every third case from a small set of returning customers, their numbers, addresses and accounts
 * written as people type them (with hyphens, in capitals, with an @), so that repeat complaints occur.
 */
export function withReturningCustomers(records: CaseRecord[]): CaseRecord[] {
  return records.map((record, n) => {
    if (n % 3 !== 0) return record;
    const customer = (n * 7919) % 150;
    const mobile = `139${String(customer).padStart(8, '0')}`;
    const phone = n % 2 === 0 ? mobile : `${mobile.slice(0, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7)}`;
    const email = customer % 4 === 0 ? (n % 5 === 0 ? `Back${customer}@Example.cn` : `back${customer}@example.cn`) : record.email;
    // Those without a phone are known by their Weibo account, with or without its @; its key is derived on write.
    const account = customer % 4 === 1 ? { socialPlatform: 'weibo' as const, socialAccount: n % 2 === 0 ? `@Back${customer}` : `back${customer}` } : {};
    return { ...record, phone: customer % 4 === 1 ? '' : phone, email, ...account };
  });
}

/**
 * Every 12315 case with a reply deadline (`referralReply`) in each standing by turns, none drawn at
 * random (the rest of the cases stay as they were): running past the deadline or before it, stopped
 * by a termination, answered on time or late.
 */
export function withReferrals(records: CaseRecord[]): CaseRecord[] {
  const standings = [
    ['running', -2 * HOUR],
    ['running', 3 * HOUR],
    ['paused', 5 * HOUR],
    ['met', -30 * HOUR],
    ['missed', -5 * HOUR],
  ] as const;
  let turn = 0;
  return records.map((record) => {
    if (record.channel !== 'regulator_12315') return record;
    const [state, from] = standings[turn++ % standings.length]!;
    return withDerivedFields({ ...record, clocks: { ...record.clocks, referralReply: clock('referralReply', state, NOW + from) } });
  });
}
