import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RunStep } from '../../../../../../src-renderer/ui/features/imports/RunStep';
import { renderWithStore, teardown } from '../../render';

afterEach(teardown);

describe('导入 while the first batch is written', { timeout: 30_000 }, () => {
  it('says the import is under way and offers 取消 before the store host can answer its progress (the panel stayed blank)', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await renderWithStore(<RunStep jobId="job-1" onAnother={() => undefined} />, {
      seed: async (host) => {
        // The store host answers the progress only once the batch's transaction ends: held here.
        const dispatch = host.dispatcher.dispatch.bind(host.dispatcher);
        host.dispatcher.dispatch = async (method, args, session) => {
          if (method === 'imports.progress') await held;
          return dispatch(method, args, session);
        };
      },
    });
    expect((await screen.findByRole('status')).textContent).toBe('正在导入第一批（每批最多 5,000 行），写完后显示进度…');
    expect(screen.getByRole('button', { name: '取消导入' })).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: '导入进度' })).toBeTruthy();
    release();
    // Then what the store host says of the job (here: none such).
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByText(/正在导入第一批/)).toBeNull();
  });
});
