import { z } from 'zod';
import { id, requiredText } from '../common/fields';

/** Evidence the app accepts: photos, PDFs and audio recordings. */
export const ATTACHMENT_TYPES = /^(image\/(png|jpeg|gif|webp|heic|heif|bmp)|application\/pdf|audio\/[a-z0-9.+-]+)$/;

export const AddAttachmentInput = z.object({
  caseId: id(),
  name: requiredText(200),
  type: z.string({ error: 'validation.invalid' }).max(100, { error: 'validation.invalid' }),
  data: z.instanceof(Blob, { error: 'validation.invalid' }),
});
