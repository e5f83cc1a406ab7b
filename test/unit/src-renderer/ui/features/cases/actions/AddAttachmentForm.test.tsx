import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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

  it('sends a file name over 200 characters shortened, its extension kept, rather than have it refused as too long', async () => {
    let c: CaseRecord | undefined;
    const rendered = await renderAsSomeone(<LazyPage id={() => c!.id} />, 'agent', async (act) => {
      c = await registerAsAgent(act);
    });
    // What the form sends, caught before the port (a File does not cross it here); answered as the store host would.
    const sent: Array<Record<string, unknown>> = [];
    const send = rendered.store.send.bind(rendered.store);
    rendered.store.send = (async (name: string, args: Record<string, unknown>) => {
      if (name !== 'attachments.add') return send(name as never, args as never);
      sent.push(args);
      return c;
    }) as typeof rendered.store.send;
    fireEvent.click(await screen.findByRole('button', { name: '添加附件' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '添加附件' });
    const long = `${'客户微信发来的商品破损照片'.repeat(20)}.jpg`;
    fireEvent.change(dialog.querySelector<HTMLInputElement>('input[type="file"]')!, { target: { files: [new File([new Uint8Array(8)], long, { type: 'image/jpeg' })] } });
    fireEvent.click(within(dialog).getByRole('button', { name: '添加附件' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    const name = sent[0]!.name as string;
    expect(name).toHaveLength(200);
    expect(name).toBe(`${long.slice(0, 195)}….jpg`);
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
