import { describe, expect, it } from 'vitest';
import { AddAttachmentInput, ATTACHMENT_TYPES } from '../../../../../src-renderer/domain/cases/attachments';
import { schemaCases, text } from '../schema-cases';

describe('AddAttachmentInput (证据附件)', () => {
  schemaCases(AddAttachmentInput, { caseId: 'case-1', name: '破损照片.jpg', type: 'image/jpeg', step: 'verification', data: new Blob(['x']) }, [
    ['requires the file name', { name: '' }, { name: ['validation.required'] }],
    ['refuses a file name over 200 characters', { name: text(201) }, { name: ['validation.tooLong'] }],
    ['requires the file', { data: undefined }, { data: ['validation.invalid'] }],
    ['refuses data that is not a file', { data: 'aGVsbG8=' }, { data: ['validation.invalid'] }],
    ['files it under intake by default', { step: undefined }, {}],
  ]);
});

describe('ATTACHMENT_TYPES', () => {
  it.each(['image/png', 'image/jpeg', 'image/heic', 'image/webp', 'application/pdf', 'audio/mpeg', 'audio/amr', 'audio/x-m4a'])('accepts %s', (type) => {
    expect(ATTACHMENT_TYPES.test(type)).toBe(true);
  });

  it.each(['', 'image/svg+xml', 'text/html', 'application/x-msdownload', 'application/pdf; x', 'video/mp4', 'application/zip'])('refuses %j', (type) => {
    expect(ATTACHMENT_TYPES.test(type)).toBe(false);
  });
});
