import { describe, expect, it } from 'vitest';
import { AddAttachmentInput } from '../../../../../../src-renderer/domain/cases/attachments';
import { checkFiles, chooseFiles } from '../../../../../../src-renderer/ui/features/intake/evidence';

const MB = 1024 * 1024;
const limits = { maxFileMB: 1, maxCaseMB: 2 };
/**
 * A file as Chromium hands it over from the disk: its type is the system's, case kept (audio/AMR),
 * where `new File` would lower-case it.
 */
function file(name: string, type: string, bytes = 10): File {
  return Object.defineProperty(new File([new Uint8Array(bytes)], name), 'type', { value: type });
}
const problems = (files: File[]) => checkFiles(chooseFiles(files), limits).map((f) => f.problem);

describe('checkFiles (the store host’s checks before registering)', () => {
  it('takes an Android call recording Chromium reports as audio/AMR, and an iPhone photo it reports with no type', () => {
    expect(problems([file('通话录音.amr', 'audio/AMR'), file('IMG_0001.HEIC', ''), file('scan.pdf', 'application/octet-stream')])).toEqual([null, null, null]);
  });

  it('says a file of no known type or extension is not recognised, and a known other type is not allowed', () => {
    expect(problems([file('数据.xyz', ''), file('page.html', 'text/html')])).toEqual([
      { code: 'attachments.typeUnknown', params: { name: '数据.xyz' } },
      { code: 'attachments.typeNotAllowed', params: { name: 'page.html' } },
    ]);
  });

  it('refuses an empty file, as the store host does, and counts it against nothing', () => {
    expect(problems([file('空.jpg', 'image/jpeg', 0), file('a.jpg', 'image/jpeg', MB), file('b.jpg', 'image/jpeg', MB)])).toEqual([
      { code: 'attachments.empty', params: { name: '空.jpg' } },
      null,
      null,
    ]);
  });

  it('counts a file taken by its extension towards the case limit', () => {
    expect(problems([file('IMG_1.HEIC', '', MB), file('IMG_2.HEIC', '', MB), file('IMG_3.HEIC', '', 1)])).toEqual([
      null,
      null,
      { code: 'attachments.caseFull', params: { name: 'IMG_3.HEIC', max: 2, held: '2.00', size: '0.01' } },
    ]);
  });

  it('says how large a file over the per-file limit is, precisely enough to show it is over', () => {
    expect(problems([file('录音.mp3', 'audio/mpeg', MB + 1), file('ok.mp3', 'audio/mpeg', MB)])).toEqual([
      { code: 'attachments.fileTooLarge', params: { name: '录音.mp3', max: 1, size: '1.01' } },
      null,
    ]);
  });

  it('shortens a name over 200 characters, extension kept, as the store host keeps it, instead of a refusal after registering', () => {
    const long = `${'客户在微信里发来的说明'.repeat(25)}.png`;
    const [checked] = checkFiles(chooseFiles([file(long, 'image/png')]), limits);
    expect(checked!.problem).toBeNull();
    expect(checked!.name).toHaveLength(200);
    expect(checked!.name.endsWith('….png')).toBe(true);
    expect(checked!.name).toBe(AddAttachmentInput.parse({ caseId: 'c', name: long, type: 'image/png', data: new Blob(['x']) }).name);
  });
});
