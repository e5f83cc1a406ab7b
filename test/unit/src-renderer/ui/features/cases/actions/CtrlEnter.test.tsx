import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { registerAsAgent, renderAsSomeone } from '../staff-kit';

afterEach(teardown);

const HINT = '在文字框中按 Ctrl+Enter（Mac 为 ⌘+Enter）即可提交。';

async function registeredCasePage() {
  let record: CaseRecord | undefined;
  const rendered = await renderAsSomeone(<LazyPage id={() => record!.id} />, 'agent', async (act) => {
    record = await registerAsAgent(act);
  });
  return { rendered, id: record!.id };
}

async function openDialog(name: string): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name }, { timeout: 15_000 }));
  return screen.findByRole('dialog', { name });
}

describe('Ctrl+Enter in a case dialog’s text box submits it, as at intake', { timeout: 60_000 }, () => {
  it('受理 with a note: Enter breaks the line, Ctrl+Enter accepts the case', async () => {
    const { rendered, id } = await registeredCasePage();
    const dialog = await openDialog('受理');
    expect(within(dialog).getByText(HINT)).toBeTruthy();
    const note = within(dialog).getByRole('textbox');
    fireEvent.change(note, { target: { value: '已电话确认订单号' } });
    // Enter alone, or while an IME is composing, is the text's.
    expect(fireEvent.keyDown(note, { key: 'Enter' })).toBe(true);
    expect(fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true, isComposing: true })).toBe(true);
    expect((await rendered.host.db.cases.get(id))!.status).toBe('registered');
    expect(fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true })).toBe(false);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10_000 });
    expect((await rendered.host.db.cases.get(id))!.status).toBe('verifying');
  });
});

function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
