import { z } from 'zod';
import { id, optionalText, requiredText } from '../common/fields';

/** 初审: accept, redirect / not accepted, or wait for missing information. */
export const AcceptInput = z.object({ caseId: id(), note: optionalText(2000) });
export const RedirectInput = z.object({ caseId: id(), reason: requiredText(2000), referredTo: requiredText(200) });
export const RequestInfoInput = z.object({ caseId: id(), missing: requiredText(2000) });
export const InfoReceivedInput = z.object({ caseId: id(), note: optionalText(2000) });
