import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { PrintRequest } from '../../../../../../src-renderer/platform/types';
import { TrackingQuerySchema } from '../../../../../../src-renderer/domain/tracking/query';
import { listPrintRoute, MAX_PRINT_ROWS, readListRoute } from '../../../../../../src-renderer/ui/features/tracking/print/listRoute';
import { COLUMN_IDS } from '../../../../../../src-renderer/domain/tracking/columns';
import { PrintRequest as PrintRequestSchema } from '../../../../../../src-main/core/contract';
import { PrintTrackingList } from '../../../../../../src-renderer/ui/features/tracking/print/PrintTrackingList';
import { TrackingListSheet } from '../../../../../../src-renderer/ui/features/tracking/print/TrackingListSheet';
import { ADMIN, registerCase, renderWithStore, teardown, type Rendered } from '../../render';
import { giveGridASize, Page } from './helpers';

afterEach(teardown);

const query = TrackingQuerySchema.parse({ filter: { severities: ['major'], text: '配送 延误' }, sort: { key: 'receivedAt', dir: 'asc' } });

describe('the print route of a tracking view', () => {
  it('carries the query and the visible columns, Chinese search words included, and reads back exactly', () => {
    const route = listPrintRoute(query, ['no', 'customer', 'status']);
    expect(route).toMatch(/^\/print\/tracking\/[A-Za-z0-9_-]+$/);
    expect(readListRoute(route.slice('/print/tracking/'.length))).toEqual({ query, columns: ['no', 'customer', 'status'] });
  });

  it('carries up to 2,000 selected cases within what the desktop’s print service accepts', () => {
    const ids = Array.from({ length: MAX_PRINT_ROWS }, () => crypto.randomUUID());
    const columns = [...COLUMN_IDS];
    const route = `${listPrintRoute(query, columns, ids)}?session=${'x'.repeat(64)}`;
    expect(PrintRequestSchema.safeParse({ route, mode: 'pdf' }).success).toBe(true);
    expect(readListRoute(listPrintRoute(query, columns, ids).slice('/print/tracking/'.length))?.ids).toEqual(ids);
  });

  it('refuses a damaged route rather than printing some other list', () => {
    const encoded = listPrintRoute(query, ['no']).slice('/print/tracking/'.length);
    expect(readListRoute(encoded.slice(0, -6))).toBeNull();
    expect(readListRoute('not-base64!')).toBeNull();
    const plain = TrackingQuerySchema.parse({});
    expect(readListRoute(btoa(JSON.stringify({ query: plain, columns: ['secret'] })))).toBeNull();
    expect(readListRoute(btoa(JSON.stringify({ query: plain, columns: ['no'] })))).toEqual({ query: plain, columns: ['no'] });
  });
});

describe('the printed tracking list', () => {
  it('lists every case of the view with the chosen columns, the customer as name and phone', async () => {
    const cases: string[] = [];
    const filter = TrackingQuerySchema.parse({ filter: { severities: ['major'] }, sort: { key: 'receivedAt', dir: 'asc' } });
    const encoded = listPrintRoute(filter, ['no', 'customer', 'severity']).slice('/print/tracking/'.length);
    await renderWithStore(<PrintTrackingList encoded={encoded} />, {
      seed: async (_host, asAgent) => {
        for (const [name, severity] of [
          ['钱一', 'major'],
          ['钱二', 'general'],
          ['钱三', 'major'],
        ] as const) {
          const result = await asAgent('cases.register', {
            receivedAt: Date.now() - 60_000,
            channel: 'phone',
            customerName: name,
            phone: '13812345678',
            email: '',
            description: '快递丢件。',
            severity,
          });
          if (!result.ok) throw new Error(JSON.stringify(result.error));
          if (severity === 'major') cases.push((result.value as { no: string }).no);
        }
      },
    });
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(cases);
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['投诉单号', '客户', '联系电话', '严重程度']);
    expect(rows[0]!.textContent).toContain('钱一');
    // An agent may see contact details; the store host masks them for the roles that may not.
    expect(rows[0]!.textContent).toContain('13812345678');
    expect(screen.getByText('筛选条件：严重程度：重大')).toBeTruthy();
    expect(screen.getByText('排序：受理时间（升序） · 共 2 宗')).toBeTruthy();
  });

  it('says so when a damaged route names no view', async () => {
    await renderWithStore(<PrintTrackingList encoded="broken" />);
    expect(await screen.findByText('打印地址不完整或已损坏，请回到跟踪表重新打印。')).toBeTruthy();
  });

  it('says how many cases were left out when the view is longer than a print run', async () => {
    await renderWithStore(
      <TrackingListSheet
        query={TrackingQuerySchema.parse({})}
        ownerName={(id) => id}
        rows={[]}
        total={2_345}
        columns={['no']}
        centreName="客户服务中心"
        printedAt={Date.now()}
        title="投诉处理进度跟踪表"
        paper={{ paper: 'Letter', marginsMm: 12 }}
      />,
    );
    expect(screen.getByText('筛选条件：无（全部未归档的投诉）')).toBeTruthy();
    expect(screen.getByText('本表列出前 0 宗（共 2345 宗；打印上限 2000 宗）。全部投诉请导出 Excel。')).toBeTruthy();
    const pageRules = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').filter((text) => text.startsWith('@page'));
    expect(pageRules).toHaveLength(1);
    expect(pageRules[0]).toContain('size: letter landscape;');
    expect(pageRules[0]).toContain('margin: 12mm;');
  });
});

describe('printing from the tracking table', () => {
  it('prints the view on screen on the paper and margins of Settings', async () => {
    const rendered = await renderWithStore(<Page />, {
      seed: async (host, asAgent) => {
        await registerCase(asAgent, { customerName: '孙一' });
        const admin = { actor: null, token: null };
        const signedIn = await host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
        if (!signedIn.ok) throw new Error('sign-in');
        const saved = await host.dispatcher.dispatch('settings.update', { key: 'print', value: { paper: 'Letter', marginsMm: 20 } }, admin);
        if (!saved.ok) throw new Error(JSON.stringify(saved.error));
      },
    });
    const print = vi.fn(async (_request: PrintRequest) => ({ status: 'printed' as const }));
    rendered.platform.print = print;
    await screen.findByText('共 1 宗投诉');
    const button = screen.getByRole('button', { name: '打印列表' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const request = print.mock.calls[0]![0];
    expect(request).toMatchObject({ mode: 'dialog', paper: 'Letter', marginsMm: 20, suggestedName: '投诉处理进度跟踪表.pdf' });
    const encoded = request.route.slice('/print/tracking/'.length).split('?')[0]!;
    expect(readListRoute(encoded)?.columns).toContain('no');
  }, 30_000);

  it('prints the selected rows only (打印所选)', async () => {
    onTestFinished(giveGridASize());
    const ids = new Map<string, string>();
    const rendered = await renderWithStore(<Page />, {
      seed: async (_host, asAgent) => {
        await registerThree(asAgent, ids);
      },
    });
    const print = vi.fn(async (_request: PrintRequest) => ({ status: 'printed' as const }));
    rendered.platform.print = print;
    await screen.findByText('共 3 宗投诉');
    const grid = screen.getByRole('grid', { name: '投诉处理进度跟踪' });
    await waitFor(() => expect(within(grid).getAllByRole('link')).toHaveLength(3));
    const rowOf = (name: string) => within(grid).getAllByRole('row').find((row) => row.textContent?.includes(name))!;
    fireEvent.click(within(rowOf('孙一')).getByRole('checkbox'));
    fireEvent.click(within(rowOf('孙三')).getByRole('checkbox'));
    const bulk = await screen.findByRole('region', { name: '批量操作' });
    const button = within(bulk).getByRole('button', { name: '打印所选' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const encoded = print.mock.calls[0]![0].route.slice('/print/tracking/'.length).split('?')[0]!;
    expect(new Set(readListRoute(encoded)?.ids)).toEqual(new Set([ids.get('孙一'), ids.get('孙三')]));
  }, 30_000);

  it('lists the selected cases in the table’s order, whatever order they were ticked in, and says they are a selection', async () => {
    const ids = new Map<string, string>();
    const newestFirst = TrackingQuerySchema.parse({});
    let encoded = '';
    await renderWithStore(<Lazy route={() => encoded} />, {
      seed: async (_host, asAgent) => {
        await registerThree(asAgent, ids);
        encoded = listPrintRoute(newestFirst, ['no', 'customer'], [ids.get('孙一')!, ids.get('孙三')!]).slice('/print/tracking/'.length);
      },
    });
    const table = await screen.findByRole('table');
    const printed = within(table).getAllByRole('row').slice(1);
    expect(printed.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual(['孙三', '孙一']);
    expect(screen.getByText('排序：受理时间（降序） · 所选 2 宗')).toBeTruthy();
  }, 30_000);
});

/** 孙一, 孙二 and 孙三, received three, two and one hours ago; their ids by name. */
async function registerThree(asAgent: Rendered['asAgent'], ids: Map<string, string>): Promise<void> {
  for (const [name, hours] of [
    ['孙一', 3],
    ['孙二', 2],
    ['孙三', 1],
  ] as const)
    ids.set(name, (await registerCase(asAgent, { customerName: name, receivedAt: Date.now() - hours * 3_600_000 })).id);
}

/** The print view of a route known only once the seed has registered its cases. */
function Lazy({ route }: { route(): string }) {
  return <PrintTrackingList encoded={route()} />;
}
