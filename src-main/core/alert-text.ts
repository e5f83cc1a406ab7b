/**
 * The words of alert notifications and of the tray tooltip, in both
 * languages. Shared by main (native notifications) and the web harness
 * (Web Notification / in-app notice), so both say exactly the same.
 */
import { isErasureDeadline, type AlertCounts, type AlertNotification, type NotifiedAlert } from './alert-feed';

export type AlertLanguage = 'zh-CN' | 'en';

const WORDS = {
  'zh-CN': {
    severity: { general: '一般', serious: '严重', major: '重大' },
    clock: {
      response: '响应时限',
      verification: '核实时限',
      grading: '定级时限',
      planApproval: '方案审批时限',
      resolution: '处理时限',
      callback: '回访时限',
      referralReply: '转办反馈时限',
      erasureReply: '答复时限',
    },
    warningTitle: (no: string) => `投诉即将超时：${no}`,
    overdueTitle: (no: string) => `投诉已超时：${no}`,
    repeatTitle: (no: string) => `再次提醒，投诉仍已超时：${no}`,
    erasureWarningTitle: (no: string) => `个人信息删除请求即将到期：${no}`,
    erasureOverdueTitle: (no: string) => `个人信息删除请求逾期未答复：${no}`,
    erasureRepeatTitle: (no: string) => `再次提醒，删除请求仍未答复：${no}`,
    erasureOverdueCount: (n: number) => `${n} 件删除请求逾期未答复`,
    erasureDueSoonCount: (n: number) => `${n} 件删除请求即将到期`,
    alsoErasuresOverdue: (n: number) => `另有 ${n} 件删除请求逾期未答复`,
    alsoErasuresDueSoon: (n: number) => `另有 ${n} 件删除请求即将到期`,
    erasureAlsoDueSoon: (n: number) => `另有 ${n} 件即将到期`,
    /** Of `total` requests, `listed` are named before it: Chinese says the total (等 5 件), English those not named. */
    erasureMore: (total: number) => `等 ${total} 件`,
    dueIn: (clock: string, at: string, left: string) => `${clock}将于 ${at} 到期（剩余 ${left}）`,
    lateBy: (clock: string, at: string, late: string) => `${clock}已于 ${at} 到期，已超时 ${late}`,
    capacity: { owner: '', supervisor: '已升级至部门主管', director: '已升级至总监', emergency: '重大投诉 · 应急小组' },
    overdueCount: (n: number) => `${n} 宗投诉已超时`,
    dueSoonCount: (n: number) => `${n} 宗投诉即将超时`,
    alsoDueSoon: (n: number) => `另有 ${n} 宗即将超时`,
    missed: '您不在时的提醒（未登录、应用关闭或电脑休眠期间）',
    quiet: '免打扰时段内暂缓的提醒',
    unacknowledged: '超时提醒尚未确认',
    first: (list: string) => `最紧急：${list}`,
    more: (total: number) => `等 ${total} 宗`,
    separator: '；',
    listSeparator: '、',
    minutes: (n: number) => `${n} 分钟`,
    hours: (h: number, m: number) => (m > 0 ? `${h} 小时 ${m} 分钟` : `${h} 小时`),
    days: (d: number, h: number) => (h > 0 ? `${d} 天 ${h} 小时` : `${d} 天`),
    noneOverdue: '没有超时投诉',
    countsLine: (overdue: number, dueSoon: number) => `${overdue} 宗已超时 · ${dueSoon} 宗即将超时`,
  },
  en: {
    severity: { general: 'General', serious: 'Serious', major: 'Major' },
    clock: {
      response: 'Response',
      verification: 'Verification',
      grading: 'Grading',
      planApproval: 'Plan approval',
      resolution: 'Resolution',
      callback: 'Callback',
      referralReply: 'Referral reply',
      erasureReply: 'Reply',
    },
    warningTitle: (no: string) => `Complaint due soon: ${no}`,
    overdueTitle: (no: string) => `Complaint overdue: ${no}`,
    repeatTitle: (no: string) => `Reminder, still overdue: ${no}`,
    erasureWarningTitle: (no: string) => `Deletion request due soon: ${no}`,
    erasureOverdueTitle: (no: string) => `Deletion request overdue, not answered: ${no}`,
    erasureRepeatTitle: (no: string) => `Reminder, deletion request still not answered: ${no}`,
    erasureOverdueCount: (n: number) => (n === 1 ? '1 deletion request overdue' : `${n} deletion requests overdue`),
    erasureDueSoonCount: (n: number) => (n === 1 ? '1 deletion request due soon' : `${n} deletion requests due soon`),
    alsoErasuresOverdue: (n: number) => (n === 1 ? 'and 1 deletion request overdue' : `and ${n} deletion requests overdue`),
    alsoErasuresDueSoon: (n: number) => (n === 1 ? 'and 1 deletion request due soon' : `and ${n} deletion requests due soon`),
    erasureAlsoDueSoon: (n: number) => `${n} more due soon`,
    erasureMore: (total: number, listed: number) => `and ${total - listed} more`,
    dueIn: (clock: string, at: string, left: string) => `${clock} deadline ${at} (${left} left)`,
    lateBy: (clock: string, at: string, late: string) => `${clock} deadline was ${at}, overdue by ${late}`,
    capacity: { owner: '', supervisor: 'escalated to the department supervisor', director: 'escalated to the directors', emergency: 'major complaint · emergency group' },
    overdueCount: (n: number) => (n === 1 ? '1 complaint overdue' : `${n} complaints overdue`),
    dueSoonCount: (n: number) => (n === 1 ? '1 complaint due soon' : `${n} complaints due soon`),
    alsoDueSoon: (n: number) => `${n} more due soon`,
    missed: 'Alerts from while you were away (signed out, app closed or computer asleep)',
    quiet: 'Alerts held during quiet hours',
    unacknowledged: 'Not yet acknowledged',
    first: (list: string) => `Most urgent: ${list}`,
    more: (total: number, listed: number) => `and ${total - listed} more`,
    separator: '; ',
    listSeparator: ', ',
    minutes: (n: number) => `${n} min`,
    hours: (h: number, m: number) => (m > 0 ? `${h} h ${m} min` : `${h} h`),
    days: (d: number, h: number) => (h > 0 ? `${d} d ${h} h` : `${d} d`),
    noneOverdue: 'No overdue complaints',
    countsLine: (overdue: number, dueSoon: number) => `${overdue} overdue · ${dueSoon} due soon`,
  },
} as const;

type Words = (typeof WORDS)[AlertLanguage];

/** A summary names this many of its cases, most urgent first (最紧急：…). */
const FIRST_LISTED = 3;

const wordsOf = (language: string): Words => (language === 'en' ? WORDS.en : WORDS['zh-CN']);

/** A span of time, rounded to what matters at that size. */
export function durationText(ms: number, language: AlertLanguage): string {
  const words = wordsOf(language);
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return words.minutes(minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return words.hours(hours, minutes % 60);
  return words.days(Math.floor(hours / 24), hours % 24);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local time; with the date when it is not the same day as `now`. */
export function instantText(at: number, now: number): string {
  const date = new Date(at);
  const today = new Date(now);
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  const sameDay =
    date.getFullYear() === today.getFullYear() && date.getMonth() === today.getMonth() && date.getDate() === today.getDate();
  return sameDay ? time : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${time}`;
}

function titleOf(alert: NotifiedAlert, words: Words): string {
  const no = alert.caseNo;
  if (isErasureDeadline(alert)) return alert.kind === 'warning' ? words.erasureWarningTitle(no) : alert.kind === 'overdue' ? words.erasureOverdueTitle(no) : words.erasureRepeatTitle(no);
  return alert.kind === 'warning' ? words.warningTitle(no) : alert.kind === 'overdue' ? words.overdueTitle(no) : words.repeatTitle(no);
}

function singleText(alert: NotifiedAlert, at: number, words: Words, language: AlertLanguage): { title: string; body: string } {
  const title = titleOf(alert, words);
  const clock = words.clock[alert.clockKind];
  const due = instantText(alert.dueAt, at);
  const timing =
    alert.dueAt > at ? words.dueIn(clock, due, durationText(alert.dueAt - at, language)) : words.lateBy(clock, due, durationText(at - alert.dueAt, language));
  // A warning comes before the deadline: nothing has been escalated yet, whoever it goes to.
  const escalated = alert.kind === 'warning' && (alert.capacity === 'supervisor' || alert.capacity === 'director') ? '' : words.capacity[alert.capacity];
  // A deletion request has no severity of its own (严重 only sets its lead time): none is shown.
  const severity = isErasureDeadline(alert) ? '' : words.severity[alert.severity];
  const tags = [severity, escalated].filter((t) => t !== '').join(' · ');
  const timingLine = tags === '' ? timing : `${timing}${words.separator}${tags}`;
  return { title, body: [alert.title, timingLine].filter((line) => line !== '').join('\n') };
}

/** Title and body of a notification: one case in detail, or a summary with counts and the most urgent cases. */
export function alertText(notification: AlertNotification, language: AlertLanguage): { title: string; body: string } {
  const words = wordsOf(language);
  const { alerts, at } = notification;
  if (notification.delivery === 'single' && alerts.length === 1) return singleText(alerts[0]!, at, words, language);
  if (notification.delivery === 'unacknowledged' && alerts.length === 1) {
    // The case in detail, as when it was raised, and why it is back on screen.
    const { title, body } = singleText(alerts[0]!, at, words, language);
    return { title, body: `${body}\n${words.unacknowledged}` };
  }

  // Complaints are counted by case; deletion requests apart: in the title and the list only when
  // nothing else is, else in lines of their own (the late ones first).
  const cases = (list: NotifiedAlert[]) => new Set(list.map((a) => a.caseId)).size;
  const complaints = alerts.filter((a) => !isErasureDeadline(a));
  const requests = alerts.filter(isErasureDeadline);
  const about = complaints.length > 0 ? complaints : requests;
  const late = about.filter((a) => a.kind !== 'warning');
  const soon = about.filter((a) => a.kind === 'warning');
  const onlyRequests = complaints.length === 0;
  const [overdueCount, dueSoonCount] = onlyRequests ? [words.erasureOverdueCount, words.erasureDueSoonCount] : [words.overdueCount, words.dueSoonCount];
  const [alsoDueSoon, more] = onlyRequests ? [words.erasureAlsoDueSoon, words.erasureMore] : [words.alsoDueSoon, words.more];
  const title = late.length > 0 ? overdueCount(cases(late)) : dueSoonCount(cases(soon));
  const lines: string[] = [];
  if (notification.delivery === 'missed') lines.push(words.missed);
  if (notification.delivery === 'quiet') lines.push(words.quiet);
  if (notification.delivery === 'unacknowledged') lines.push(words.unacknowledged);
  if (late.length > 0 && soon.length > 0) lines.push(alsoDueSoon(cases(soon)));
  if (!onlyRequests) {
    const lateRequests = cases(requests.filter((a) => a.kind !== 'warning'));
    const soonRequests = cases(requests.filter((a) => a.kind === 'warning'));
    if (lateRequests > 0) lines.push(words.alsoErasuresOverdue(lateRequests));
    if (soonRequests > 0) lines.push(words.alsoErasuresDueSoon(soonRequests));
  }
  const numbers = [...new Set(about.map((a) => a.caseNo))];
  const listed = numbers.slice(0, FIRST_LISTED);
  const shown = listed.join(words.listSeparator);
  lines.push(words.first(numbers.length > listed.length ? `${shown} ${more(numbers.length, listed.length)}` : shown));
  return { title, body: lines.join('\n') };
}

/** One line for the tray tooltip. */
export function countsText(counts: AlertCounts, language: AlertLanguage): string {
  const words = wordsOf(language);
  if (counts.overdue === 0 && counts.dueSoon === 0) return words.noneOverdue;
  return words.countsLine(counts.overdue, counts.dueSoon);
}
