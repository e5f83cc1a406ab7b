import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintCase } from '../../../../../../src-renderer/ui/features/print/PrintCase';
import { registerCase, renderWithStore, teardown } from '../../render';

afterEach(teardown);

/** The value cell beside a row label of the printed form. */
function valueOf(label: string): string | null {
  const header = [...document.querySelectorAll('th[scope="row"]')].find((th) => th.textContent === label);
  return header?.nextElementSibling?.textContent ?? null;
}

describe('客户投诉登记表 and the preliminary category', { timeout: 30_000 }, () => {
  it('prints the category chosen at intake (初判类别)', async () => {
    const ids: string[] = [];
    const One = () => <PrintCase id={ids[0]!} form="registration" />;
    await renderWithStore(<One />, {
      seed: async (_host, asAgent) => {
        ids.push((await registerCase(asAgent, { category: 'logistics', description: '快递三天没送到' })).id);
      },
    });
    await screen.findByRole('heading', { level: 1 });
    expect(valueOf('初判类别')).toBe('物流配送');
  });

  it('prints 未填写 for a case registered without one', async () => {
    const ids: string[] = [];
    const One = () => <PrintCase id={ids[0]!} form="registration" />;
    await renderWithStore(<One />, {
      seed: async (_host, asAgent) => {
        ids.push((await registerCase(asAgent, { description: '快递三天没送到' })).id);
      },
    });
    await screen.findByRole('heading', { level: 1 });
    expect(valueOf('初判类别')).toBe('未填写');
  });
});
