import { AcceptInput, InfoReceivedInput, RedirectInput, RequestInfoInput } from '../../../domain/screening/schema';
import { caseCommand } from '../../core/case-command';
import { completeKind, pauseKind, resumeKind, startNode } from '../../core/clocks';
import type { ServiceModule } from '../../rpc/define';

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

const redirect = caseCommand('screening.redirect', RedirectInput, (ctx, current, args) => {
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
    },
  };
});

const infoReceived = caseCommand('screening.infoReceived', InfoReceivedInput, (ctx, current, args) => {
  const at = ctx.now();
  return {
    next: { ...current, clocks: resumeKind(current.clocks, 'response', at, ctx.settings) },
    detail: { note: args.note },
  };
});

export const screeningService = {
  'screening.accept': accept,
  'screening.redirect': redirect,
  'screening.requestInfo': requestInfo,
  'screening.infoReceived': infoReceived,
} satisfies ServiceModule;
