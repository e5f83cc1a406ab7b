import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { registerAsAgent, renderAsSomeone } from '../staff-kit';

afterEach(teardown);

// What the store host makes of the file sent is tested on the store (attachments.test.ts) and end to end
// (registration.spec.ts): a File does not cross this test's MessageChannel.
describe('添加附件 on the case page', { timeout: 60_000 }, () => {
  it('offers iPhone photos and call recordings in the file chooser even where the system has no type for them', async () => {
    let c: CaseRecord | undefined;
    await renderAsSomeone(<LazyPage id={() => c!.id} />, 'agent', async (act) => {
      c = await registerAsAgent(act);
    });
    fireEvent.click(await screen.findByRole('button', { name: '添加附件' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '添加附件' });
    const accepted = dialog.querySelector<HTMLInputElement>('input[type="file"]')!.accept.split(',');
    for (const kind of ['image/*', 'application/pdf', 'audio/*', '.heic', '.heif', '.amr', '.m4a']) expect(accepted).toContain(kind);
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
