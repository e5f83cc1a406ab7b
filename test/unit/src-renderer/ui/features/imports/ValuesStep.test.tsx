import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useCallback, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldError } from '../../../../../../src-renderer/domain/common/errors';
import type { ImportWizard } from '../../../../../../src-renderer/ui/features/imports/useImportWizard';
import type { ValueChoices, ValuesResult } from '../../../../../../src-renderer/ui/features/imports/valueChoices';
import { ValuesStep } from '../../../../../../src-renderer/ui/features/imports/ValuesStep';
import { renderWithStore, teardown } from '../../render';

afterEach(teardown);

/** The step as the wizard shows it, its choices kept here; `renders` counts each value row's renders (it reads `rows` once per render). */
function harness(values: ValuesResult, valueErrors: FieldError[] = []) {
  const renders = new Map<string, number>();
  const counted: ValuesResult = {
    ...values,
    fields: values.fields.map((found) => ({
      ...found,
      values: found.values.map((value) => ({
        ...value,
        get rows() {
          renders.set(value.key, (renders.get(value.key) ?? 0) + 1);
          return value.rows;
        },
      })),
    })),
  };
  function Harness() {
    const [valueChoices, setChoices] = useState<ValueChoices>({});
    const setValue = useCallback((field: string, key: string, target: string | null) => {
      setChoices((current) => ({ ...current, [field]: { ...current[field], [key]: { target, origin: 'user' } } }));
    }, []);
    const wizard = { values: counted, valueChoices, valueErrors, setValue, failure: null, busy: false, goTo: () => undefined, runCheck: async () => undefined };
    return <ValuesStep wizard={wizard as unknown as ImportWizard} />;
  }
  return { Harness, renders };
}

const listed = (key: string) => ({ value: key, key, rows: 1, exampleRow: 2, suggestion: null });

async function choose(name: string, option: string) {
  const select = screen.getByRole('combobox', { name });
  fireEvent.click(select);
  await waitFor(() => expect(select.getAttribute('aria-controls')).toBeTruthy());
  fireEvent.click(within(document.getElementById(select.getAttribute('aria-controls')!)!).getByRole('option', { name: option, hidden: true }));
}

describe('ValuesStep', { timeout: 60_000 }, () => {
  it('shows a refused target on its value’s select, and every other problem of the value map above the buttons', async () => {
    const values: ValuesResult = { fields: [{ field: 'channel', column: '来源', more: 0, values: [listed('传真'), listed('短信')] }], departments: ['客服中心'] };
    const { Harness } = harness(values, [
      { field: 'values.channel', code: 'imports.valueTarget', params: { value: '传真', target: 'fax' } },
      { field: 'values.demand', code: 'validation.tooMany', params: { max: 200 } },
      { field: 'values.category.快递问题', code: 'validation.tooLong', params: { max: 200 } },
      { field: 'values', code: 'validation.invalid' },
    ]);
    await renderWithStore(<Harness />);
    const fax = await screen.findByRole('combobox', { name: '“传真”对应为' });
    expect(fax.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('“传真”对应的“fax”不是这一项的取值，请重新选择。')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '“短信”对应为' }).getAttribute('aria-invalid')).not.toBe('true');
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['客户诉求：条目过多。', '投诉类别：内容过长，最多 200 字。', '格式不正确。']);
  });

  it('re-renders only the row whose value was matched, not the field’s other selects', async () => {
    const keys = Array.from({ length: 12 }, (_, i) => `渠道${i}`);
    const { Harness, renders } = harness({ fields: [{ field: 'channel', column: '来源', more: 0, values: keys.map(listed) }], departments: ['客服中心'] });
    await renderWithStore(<Harness />);
    await screen.findByRole('combobox', { name: '“渠道3”对应为' });
    const before = new Map(renders);
    await choose('“渠道3”对应为', '信函');
    await waitFor(() => expect((screen.getByRole('combobox', { name: '“渠道3”对应为' }) as HTMLInputElement).value).toBe('信函'));
    expect(renders.get('渠道3')).toBeGreaterThan(before.get('渠道3')!);
    expect(keys.filter((key) => key !== '渠道3' && renders.get(key) !== before.get(key))).toEqual([]);
  });
});
