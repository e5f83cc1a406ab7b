import type { ComponentType } from 'react';
import type { LifecycleCommand } from '../../../../domain/lifecycle/machine';
import { AddAttachmentForm } from './AddAttachmentForm';
import { AddCheckForm } from './AddCheckForm';
import { AddContactForm } from './AddContactForm';
import { ApproveGradingForm } from './ApproveGradingForm';
import { ApprovePlanForm } from './ApprovePlanForm';
import { ConfirmCompensationForm } from './ConfirmCompensationForm';
import { CorrectRegistrationForm } from './CorrectRegistrationForm';
import { DecideExtensionForm } from './DecideExtensionForm';
import { FeedbackForm } from './FeedbackForm';
import { RedirectForm } from './RedirectForm';
import { ReplyReferralForm } from './ReplyReferralForm';
import { RequestExtensionForm } from './RequestExtensionForm';
import { SubmitGradingForm } from './SubmitGradingForm';
import { SubmitPlanForm } from './SubmitPlanForm';
import { TerminateForm } from './TerminateForm';
import { TextCommandForm, type TextCommandName } from './TextCommandForm';
import type { ActionProps } from './types';
import { UnreachableForm } from './UnreachableForm';
import { AnswerRequestForm, CompleteVerificationForm, RequestCheckForm, WithdrawRequestForm } from './VerificationRequestForms';

/** How a button looks: the move forward, a side record, or a step back. */
export type Tone = 'forward' | 'record' | 'back';

export interface ActionSpec {
  form: ComponentType<ActionProps>;
  tone: Tone;
  /** Wider dialogs for the long forms. */
  size?: 'md' | 'lg' | 'xl';
}

const text = (command: TextCommandName, tone: Tone): ActionSpec => ({
  form: (props) => <TextCommandForm command={command} {...props} />,
  tone,
});

/** The dialog of every case command; a new command in the state machine does not compile until it has one. */
export const ACTIONS: Record<LifecycleCommand, ActionSpec> = {
  'screening.accept': text('screening.accept', 'forward'),
  'screening.redirect': { form: RedirectForm, tone: 'back' },
  'screening.requestInfo': text('screening.requestInfo', 'record'),
  'screening.infoReceived': text('screening.infoReceived', 'forward'),
  'verification.addCheck': { form: AddCheckForm, tone: 'record' },
  'verification.requestCheck': { form: RequestCheckForm, tone: 'record' },
  'verification.answerRequest': { form: AnswerRequestForm, tone: 'record' },
  'verification.withdrawRequest': { form: WithdrawRequestForm, tone: 'back' },
  'verification.addContact': { form: AddContactForm, tone: 'record' },
  // With a warning when 核实请求 are still unanswered: completing withdraws them.
  'verification.complete': { form: CompleteVerificationForm, tone: 'forward' },
  'grading.submit': { form: SubmitGradingForm, tone: 'forward' },
  'grading.approve': { form: ApproveGradingForm, tone: 'forward' },
  'grading.return': text('grading.return', 'back'),
  'plans.submit': { form: SubmitPlanForm, tone: 'forward', size: 'xl' },
  'plans.legalReview': text('plans.legalReview', 'record'),
  'plans.approve': { form: ApprovePlanForm, tone: 'forward', size: 'lg' },
  'plans.return': text('plans.return', 'back'),
  'plans.confirmCompensation': { form: ConfirmCompensationForm, tone: 'record' },
  'progress.add': text('progress.add', 'record'),
  'progress.requestExtension': { form: RequestExtensionForm, tone: 'record' },
  'progress.decideExtension': { form: DecideExtensionForm, tone: 'forward' },
  'progress.pause': text('progress.pause', 'record'),
  'progress.resume': text('progress.resume', 'record'),
  'progress.complete': text('progress.complete', 'forward'),
  'feedback.record': { form: FeedbackForm, tone: 'forward', size: 'lg' },
  'feedback.unreachable': { form: UnreachableForm, tone: 'record' },
  'feedback.qualityReturn': text('feedback.qualityReturn', 'back'),
  'cases.terminate': { form: TerminateForm, tone: 'back' },
  'cases.correct': { form: CorrectRegistrationForm, tone: 'record', size: 'lg' },
  'cases.replyReferral': { form: ReplyReferralForm, tone: 'record', size: 'lg' },
  'attachments.add': { form: AddAttachmentForm, tone: 'record' },
};
