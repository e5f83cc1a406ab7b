// Enter in a list field picks from its list and never sends the form it is in (a plan went for
// approval without its 协办部门 when Enter was pressed on the open, unhighlighted list).
import { MantineProvider, MultiSelect, TextInput } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useListEnterGuard } from '../../../../../src-renderer/ui/components/listEnter';

afterEach(cleanup);

function PlanLike() {
  useListEnterGuard();
  return (
    <MantineProvider>
      <form onSubmit={(event) => event.preventDefault()}>
        <TextInput label="承办部门" />
        <MultiSelect label="协办部门" data={['物流配送部', '售后服务部']} />
        <button type="submit">提交</button>
      </form>
    </MantineProvider>
  );
}

/** The list field's own input (the label also names its hidden value input). */
const listField = () => screen.getAllByLabelText('协办部门').find((element) => element.getAttribute('aria-haspopup') === 'listbox')!;

/** Presses a key on the field as the browser would, and answers whether its default action (the implicit submission) was stopped. */
function press(field: HTMLElement, init: KeyboardEventInit): boolean {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Enter', code: 'Enter', ...init });
  field.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('Enter in a list field', () => {
  it('never sends the form from a list field; Ctrl+Enter still may, and Enter in a text box still does', () => {
    render(<PlanLike />);
    const list = listField();
    expect(list.getAttribute('aria-haspopup')).toBe('listbox');
    expect(press(list, {})).toBe(true);
    expect(press(list, { ctrlKey: true })).toBe(false);
    expect(press(screen.getByRole('textbox', { name: '承办部门' }), {})).toBe(false);
  });

  it('leaves an input method’s Enter alone (it commits the pinyin)', () => {
    render(<PlanLike />);
    expect(press(listField(), { isComposing: true })).toBe(false);
  });
});
