import type { CaseFacts } from '../../../../../src-renderer/domain/dashboard/facts';

let serial = 0;

/** A closed, general phone complaint of 10 November 2026 with nothing completed, unless told otherwise. */
export function fact(overrides: Partial<CaseFacts>): CaseFacts {
  serial += 1;
  return {
    id: `c${serial}`,
    no: `TS-20261110-${String(serial).padStart(4, '0')}`,
    receivedAt: new Date(2026, 10, 10).getTime(),
    phone: '',
    email: '',
    channel: 'phone',
    severity: 'general',
    category: null,
    subCategory: '',
    department: '客服中心',
    status: 'closed',
    archived: false,
    reopened: false,
    nextDueAt: null,
    response: null,
    resolution: null,
    earlierResolutions: [],
    survey: null,
    earlierSurveys: [],
    unreached: false,
    ...overrides,
  };
}
