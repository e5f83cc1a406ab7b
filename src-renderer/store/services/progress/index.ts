import type { ExtensionRequest } from '../../../domain/cases/case';
import { DeskError } from '../../../domain/common/errors';
import { extendClock, viewClock } from '../../../domain/clocks/index';
import { compensationUnconfirmed } from '../../../domain/plans/compensation';
import {
  AddProgressInput,
  CompleteExecutionInput,
  DecideExtensionInput,
  PauseInput,
  requestExtensionInput,
  ResumeInput,
} from '../../../domain/progress/schema';
import { caseCommand } from '../../core/case-command';
import { completeKind, pauseKind, resumeKind, startNode } from '../../core/clocks';
import { addEntry } from '../../core/entries';
import type { ServiceModule } from '../../rpc/define';

/** 执行与跟踪: what was done, extensions of the deadline, pauses of the clock, completion. */
const add = caseCommand('progress.add', AddProgressInput, async (ctx, current, args) => {
  const entry = await addEntry(ctx, current.id, { kind: 'progress', text: args.text });
  return { next: current, detail: { entryId: entry.id } };
});

const requestExtension = caseCommand('progress.requestExtension', (ctx) => requestExtensionInput(ctx.now()), (ctx, current, args) => {
  const resolution = current.clocks.resolution;
  if (!resolution) throw new DeskError({ code: 'progress.noDeadline' });
  if (current.extensions.some((e) => e.decision === 'pending')) throw new DeskError({ code: 'progress.extensionPending' });
  if (args.newDueAt <= resolution.dueAt) {
    throw new DeskError({ code: 'validation.failed', fields: [{ field: 'newDueAt', code: 'validation.mustBeLater' }] });
  }
  const now = ctx.now();
  // Judged as it stands now: a pause or an approval's delay later changes nothing of it.
  const late = resolution.overdueSince ?? (viewClock(resolution, now).overdue ? resolution.dueAt : undefined);
  const request: ExtensionRequest = {
    id: crypto.randomUUID(),
    reason: args.reason,
    fromDueAt: resolution.dueAt,
    toDueAt: args.newDueAt,
    requestedAt: now,
    requestedBy: ctx.actorPerson,
    decision: 'pending',
    decidedAt: null,
    decidedBy: null,
    decisionNote: '',
    ...(late !== undefined ? { overdueSince: late } : {}),
  };
  return { next: { ...current, extensions: [...current.extensions, request] }, detail: { requestId: request.id } };
});

/** An approved extension moves the resolution deadline; the old and the new one both stay on record. */
const decideExtension = caseCommand('progress.decideExtension', DecideExtensionInput, (ctx, current, args) => {
  const request = current.extensions.find((e) => e.id === args.requestId);
  if (!request || request.decision !== 'pending') throw new DeskError({ code: 'progress.noPendingExtension' });
  if (request.requestedBy.id === ctx.actorPerson.id) throw new DeskError({ code: 'progress.ownExtension' });
  const at = ctx.now();
  const decided: ExtensionRequest = {
    ...request,
    decision: args.approve ? 'approved' : 'rejected',
    decidedAt: at,
    decidedBy: ctx.actorPerson,
    decisionNote: args.note,
  };
  const resolution = current.clocks.resolution;
  const clocks =
    args.approve && resolution ? { ...current.clocks, resolution: extendClock(resolution, request.toDueAt, at, ctx.settings.workCalendar, request.overdueSince) } : current.clocks;
  return {
    next: { ...current, clocks, extensions: current.extensions.map((e) => (e.id === request.id ? decided : e)) },
    detail: { requestId: request.id, approve: args.approve },
  };
});

const pause = caseCommand('progress.pause', PauseInput, async (ctx, current, args) => {
  if (current.clocks.resolution?.state !== 'running') throw new DeskError({ code: 'progress.notRunning' });
  await addEntry(ctx, current.id, { kind: 'pause', reason: args.reason });
  return { next: { ...current, clocks: pauseKind(current.clocks, 'resolution', ctx.now(), args.reason, ctx.settings) } };
});

const resume = caseCommand('progress.resume', ResumeInput, async (ctx, current, args) => {
  if (current.clocks.resolution?.state !== 'paused') throw new DeskError({ code: 'progress.notPaused' });
  await addEntry(ctx, current.id, { kind: 'resume', note: args.note });
  return { next: { ...current, clocks: resumeKind(current.clocks, 'resolution', ctx.now(), ctx.settings) } };
});

/**
 * Handling done: the resolution clock is met or missed now, and the customer is to be called back
 * within 回访时限 (the callback clock starts).
 * Promised compensation must be confirmed paid (or declined) first: the callback asks whether it
 * was fair, and a case closed on an unpaid promise would count as handled.
 */
const complete = caseCommand('progress.complete', CompleteExecutionInput, async (ctx, current, args) => {
  if (current.extensions.some((e) => e.decision === 'pending')) throw new DeskError({ code: 'progress.extensionPending' });
  if (compensationUnconfirmed(current.plan)) throw new DeskError({ code: 'compensation.unconfirmed' });
  const entry = await addEntry(ctx, current.id, { kind: 'progress', text: args.summary, outcome: true });
  const outcome = { summary: args.summary, at: entry.at, by: entry.by };
  // 回访时限 runs from here until the customer's survey.
  const at = ctx.now();
  return { next: { ...current, outcome, clocks: startNode(completeKind(current.clocks, 'resolution', at, ctx.settings), 'callback', at, ctx.settings) } };
});

export const progressService = {
  'progress.add': add,
  'progress.requestExtension': requestExtension,
  'progress.decideExtension': decideExtension,
  'progress.pause': pause,
  'progress.resume': resume,
  'progress.complete': complete,
} satisfies ServiceModule;
