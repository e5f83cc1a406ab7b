/**
 * Roles and the permission matrix: who may run which store command. The
 * store host enforces it; the UI only offers what it allows.
 */
import { DeskError } from '../common/errors';

export const ROLES = ['agent', 'supervisor', 'director', 'ops_director', 'legal', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const CASE_WORKERS = ['agent', 'supervisor'] as const;

export const PERMISSIONS = {
  'cases.register': [...CASE_WORKERS, 'director'],
  /** 更正登记信息: whoever may register (contacts only with `contacts.view`). */
  'cases.correct': [...CASE_WORKERS, 'director'],
  /** Handing cases to another owner (bulk action of the tracking table). */
  'cases.assign': ['supervisor'],
  /** 终止处理 (withdrawn, unreachable, a duplicate): a supervisor ends a case before its loop is done. */
  'cases.terminate': ['supervisor'],
  /** 回复转办单位: the agents and supervisors who handle the case report back to the regulator. */
  'cases.replyReferral': CASE_WORKERS,
  /** 关联投诉 / 取消关联: whoever may register and correct cases ties related ones together. */
  'cases.link': [...CASE_WORKERS, 'director'],
  'cases.unlink': [...CASE_WORKERS, 'director'],
  'feedback.qualityReturn': ['supervisor'],
  'screening.accept': CASE_WORKERS,
  'screening.redirect': CASE_WORKERS,
  'screening.requestInfo': CASE_WORKERS,
  'screening.infoReceived': CASE_WORKERS,
  'verification.addCheck': CASE_WORKERS,
  /** 发起核实请求 to a department; the department's colleagues (by their own department) see it in their queue. */
  'verification.requestCheck': CASE_WORKERS,
  /** 回复核实: only a colleague of the department asked, whoever asked, or a supervisor (store host). */
  'verification.answerRequest': CASE_WORKERS,
  /** 撤回核实请求: only whoever asked, or a supervisor (store host). */
  'verification.withdrawRequest': CASE_WORKERS,
  'verification.addContact': CASE_WORKERS,
  'verification.complete': CASE_WORKERS,
  'grading.submit': CASE_WORKERS,
  'grading.approve': ['director'],
  'grading.return': ['director'],
  'plans.submit': CASE_WORKERS,
  'plans.legalReview': ['legal'],
  'plans.approve': ['ops_director'],
  'plans.return': ['ops_director'],
  /** 赔付确认: whoever carries the plan out records that the compensation was paid, or that the customer declined it. */
  'plans.confirmCompensation': CASE_WORKERS,
  'progress.add': CASE_WORKERS,
  'progress.requestExtension': CASE_WORKERS,
  'progress.decideExtension': ['supervisor', 'director'],
  'progress.pause': CASE_WORKERS,
  'progress.resume': CASE_WORKERS,
  'progress.complete': CASE_WORKERS,
  'feedback.unreachable': CASE_WORKERS,
  'feedback.record': CASE_WORKERS,
  /** 告知并入投诉的客户: whoever makes the callback tells the customers of the duplicates merged into the case. */
  'feedback.informMerged': CASE_WORKERS,
  'attachments.add': [...CASE_WORKERS, 'director', 'legal'],
  /**
   * 撤下附件: a file attached by mistake taken off any case, by those who answer for the case's records.
   * Whoever added a file may also take it off while the case is at the step they added it in (store host).
   */
  'attachments.withdraw': ['supervisor', 'director', 'ops_director', 'legal'],
  'improvements.save': ['supervisor', 'director', 'ops_director'],
  'improvements.verify': ['supervisor', 'director', 'ops_director'],
  /** The analysis and recommendations of the monthly report. */
  'reports.saveNotes': ['supervisor', 'director', 'ops_director'],
  /** 定稿 and 撤销定稿 of a month's report: whoever writes its analysis signs it off. */
  'reports.finalise': ['supervisor', 'director', 'ops_director'],
  'users.save': ['admin'],
  'users.resetPassword': ['admin'],
  'settings.update': ['admin'],
  /** Checking the chains changes nothing: whoever answers for the records' integrity, legal (who reads the log) too. */
  'audit.verify': ['admin', 'supervisor', 'director', 'ops_director', 'legal'],
  /** The audit log viewer: every command of every user, filtered. */
  'audit.view': ['admin', 'legal'],
  /** A backup holds every record, personal data included. */
  'backup.create': ['admin'],
  'backup.restore': ['admin'],
  /** The import of historical complaints from CSV / XLSX. */
  'imports.run': ['supervisor', 'admin'],
  /** Everything the desk holds about one customer, for their request to see it. */
  'customers.export': ['legal', 'admin'],
  /**
   * 法律保留: a supervisor or director who learns of a lawsuit, a regulator's investigation or an
   * insurance claim places the hold at once, as legal does; keeping records longer harms nobody.
   */
  'cases.placeHold': ['supervisor', 'director', 'legal'],
  /** Releasing exposes the case to archiving and anonymisation again: the director's or legal's call. */
  'cases.releaseHold': ['director', 'legal'],
  /** Erasing the personal data of closed cases past the retention period, or at the customer's request (`erasure.execute`). */
  'cases.anonymise': ['legal', 'admin'],
  /** 个人信息删除请求: recording a customer's request to delete their data, and reading the requests. */
  'erasure.record': ['legal', 'admin'],
  /** 不予删除: refusing what a deletion request asks and is not erased, with the reason. */
  'erasure.refuse': ['legal', 'admin'],
  /** 告知书已送达: recording how the reply reached the requester (the final one masks the request). */
  'erasure.deliver': ['legal', 'admin'],
  /** Not a command: seeing full phone numbers and e-mail addresses in lists. */
  'contacts.view': ['agent', 'supervisor', 'legal'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function may(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function requirePermission(role: Role | undefined, permission: Permission): void {
  if (!role) throw new DeskError({ code: 'auth.signInRequired' });
  if (!may(role, permission)) throw new DeskError({ code: 'auth.forbidden', params: { permission, role } });
}
