import { refuseBeforeReceipt } from '../../../domain/cases/receipt';
import { AddCheckInput, addContactInput, CompleteVerificationInput } from '../../../domain/verification/schema';
import { caseCommand } from '../../core/case-command';
import { completeKind, startNode } from '../../core/clocks';
import { refuseUnknownDepartments } from '../../core/departments';
import { addEntry } from '../../core/entries';
import type { ServiceModule } from '../../rpc/define';

/** 核实: checks with departments and contacts with the customer, then the conclusion. */
const addCheck = caseCommand('verification.addCheck', AddCheckInput, async (ctx, current, args) => {
  refuseUnknownDepartments(ctx.settings.departments, { department: args.department });
  const entry = await addEntry(ctx, current.id, { kind: 'check', department: args.department, checked: args.checked, finding: args.finding });
  return { next: current, detail: { entryId: entry.id, kind: 'check' } };
});

const addContact = caseCommand('verification.addContact', (ctx) => addContactInput(ctx.now()), async (ctx, current, args) => {
  refuseBeforeReceipt(current, args.contactedAt, 'contactedAt');
  const entry = await addEntry(ctx, current.id, { kind: 'contact', channel: args.channel, contactedAt: args.contactedAt, summary: args.summary });
  return { next: current, detail: { entryId: entry.id, kind: 'contact' } };
});

/** 已核实: grading may start only now. */
const complete = caseCommand('verification.complete', CompleteVerificationInput, (ctx, current, args) => {
  const at = ctx.now();
  const clocks = startNode(completeKind(current.clocks, 'verification', at, ctx.settings), 'grading', at, ctx.settings);
  return { next: { ...current, clocks, verification: { conclusion: args.conclusion, at, by: ctx.actorPerson } } };
});

export const verificationService = {
  'verification.addCheck': addCheck,
  'verification.addContact': addContact,
  'verification.complete': complete,
} satisfies ServiceModule;
