import type { CaseRecord, InfoRequest } from '../../../domain/cases/case';
import { AcceptInput, InfoReceivedInput, RedirectInput, RequestInfoInput } from '../../../domain/screening/schema';
import { caseCommand } from '../../core/case-command';
import { completeKind, pauseKind, resumeKind, startNode } from '../../core/clocks';
import type { ServiceModule } from '../../rpc/define';
import { requireMergedInformed } from '../feedback/inform-merged';

/**
 * 初审. Accepting or redirecting answers the customer, so it completes the
 * response clock; waiting for information pauses it.
 */
const accept = caseCommand('screening.accept', AcceptInput, (ctx, current, args) => {
  const at = ctx.now();
  const clocks = startNode(completeKind(current.clocks, 'response', at, ctx.settings), 'verification', at, ctx.settings);
  return {
    next: {
      ...current,
      clocks,
      screening: { decision: 'accepted', reason: args.note, referredTo: '', missing: '', at, by: ctx.actorPerson },
    },
  };
});

const redirect = caseCommand('screening.redirect', RedirectInput, async (ctx, current, args) => {
  // Not while customers merged into it wait for its result: they would hear nothing (并入本单的投诉).
  await requireMergedInformed(ctx.db, current, 'links.mergedWaiting');
  const at = ctx.now();
  const clocks = completeKind(resumeKind(current.clocks, 'response', at, ctx.settings), 'response', at, ctx.settings);
  return {
    next: {
      ...current,
      clocks,
      screening: { decision: 'redirected', reason: args.reason, referredTo: args.referredTo, missing: '', at, by: ctx.actorPerson },
      closedAt: at,
    },
  };
});

const requestInfo = caseCommand('screening.requestInfo', RequestInfoInput, (ctx, current, args) => {
  const at = ctx.now();
  return {
    next: {
      ...current,
      clocks: pauseKind(current.clocks, 'response', at, args.missing, ctx.settings),
      screening: { decision: 'awaiting_info', reason: '', referredTo: '', missing: args.missing, at, by: ctx.actorPerson },
      infoRequests: [...(current.infoRequests ?? []), { missing: args.missing, askedAt: at, askedBy: ctx.actorPerson, received: null }],
    },
  };
});

/**
 * The information came: the case waits for its 初审 decision again (no decision shown meanwhile),
 * and the request records when it was received and the agent's note on it.
 */
const infoReceived = caseCommand('screening.infoReceived', InfoReceivedInput, (ctx, current, args) => {
  const at = ctx.now();
  return {
    next: {
      ...current,
      clocks: resumeKind(current.clocks, 'response', at, ctx.settings),
      screening: null,
      ...withReceipt(current, { note: args.note, at, by: ctx.actorPerson }),
    },
    detail: { note: args.note },
  };
});

/** The open request marked received; a case asked before requests were kept gets one from its screening record. */
function withReceipt(current: CaseRecord, received: NonNullable<InfoRequest['received']>): Pick<CaseRecord, 'infoRequests'> {
  const requests = current.infoRequests ?? [];
  const open = requests.at(-1);
  if (open && open.received === null) return { infoRequests: [...requests.slice(0, -1), { ...open, received }] };
  const asked = current.screening;
  if (!asked) return requests.length > 0 ? { infoRequests: requests } : {};
  return { infoRequests: [...requests, { missing: asked.missing, askedAt: asked.at, askedBy: asked.by, received }] };
}

export const screeningService = {
  'screening.accept': accept,
  'screening.redirect': redirect,
  'screening.requestInfo': requestInfo,
  'screening.infoReceived': infoReceived,
} satisfies ServiceModule;
