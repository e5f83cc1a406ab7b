import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON, newDefaultsFor } from '../../../../../../../src-renderer/domain/assist/lexicon';
import { LEXICON_EDITION } from '../../../../../../../src-renderer/domain/assist/lexicon-editions';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../../../src-renderer/domain/settings/settings';
import type { DeskDb } from '../../../../../../../src-renderer/store/db';
import type { Session } from '../../../../../../../src-renderer/store/rpc/define';
import { AssistTab } from '../../../../../../../src-renderer/ui/features/settings/assist/AssistTab';
import { PAGE_SIZE } from '../../../../../../../src-renderer/ui/features/settings/assist/LexiconEditor';
import { SettingsPage } from '../../../../../../../src-renderer/ui/features/settings/SettingsPage';
import { ADMIN, renderWithStore, teardown, type Rendered } from '../../../render';
import { renderSignedInAs } from '../../auth/signInAs';

afterEach(teardown);

const N = DEFAULT_LEXICON.length;
const settingsForm = () => screen.findByRole('form', { name: '智能辅助设置' });
const termInput = (n: number) => screen.getByRole('textbox', { name: `第 ${n} 行 词语` }) as HTMLInputElement;
const kindSelect = (n: number) => screen.getByRole('combobox', { name: `第 ${n} 行 类型` }) as HTMLSelectElement;
const severitySelect = (n: number) => screen.getByRole('combobox', { name: `第 ${n} 行 严重程度` }) as HTMLSelectElement;
const rowsShown = () => screen.getByRole('table', { name: '情绪与升级词库' }).querySelectorAll('tbody tr').length;

/** The assist settings as the store host now serves them, asked by the administrator in another window. */
async function savedAssist(rendered: Rendered): Promise<Settings['assist']> {
  const { dispatcher } = rendered.host;
  const admin: Session = { actor: null, token: null };
  const signedIn = await dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
  if (!signedIn.ok) throw new Error(JSON.stringify(signedIn.error));
  const answer = await dispatcher.dispatch('settings.get', {}, admin);
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return (answer.value as Settings).assist;
}

async function save(form: HTMLElement) {
  fireEvent.click(within(form).getByRole('button', { name: '保存' }));
}

/** Saves and waits for the tab to show the saved settings: the form is rebuilt from them (a new element). */
async function saveAndReload(form: HTMLElement): Promise<HTMLElement> {
  await save(form);
  await screen.findByText('设置已保存');
  await waitFor(() => expect(screen.getByRole('form', { name: '智能辅助设置' })).not.toBe(form));
  return screen.getByRole('form', { name: '智能辅助设置' });
}

describe('智能辅助 settings tab', { timeout: 120_000 }, () => {
  it('is the administrator’s, after 分类与部门, and saves an added term', async () => {
    const rendered = await renderSignedInAs(<SettingsPage tab="assist" />, ADMIN);
    const form = await settingsForm();
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs.indexOf('智能辅助')).toBe(tabs.indexOf('分类与部门') + 1);
    expect(screen.getByRole('tab', { name: '智能辅助' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('lexicon-count').textContent).toBe(`共 ${N} 个词条，最多 500 个`);

    fireEvent.click(within(form).getByRole('button', { name: '添加词条' }));
    const added = termInput(N + 1);
    expect(document.activeElement).toBe(added);
    fireEvent.change(added, { target: { value: '人大代表' } });
    fireEvent.change(kindSelect(N + 1), { target: { value: 'regulator' } });
    fireEvent.change(severitySelect(N + 1), { target: { value: 'major' } });
    await save(form);
    await screen.findByText('设置已保存');

    const assist = await savedAssist(rendered);
    expect(assist.lexicon).toHaveLength(N + 1);
    expect(assist.lexicon.at(-1)).toEqual({ term: '人大代表', kind: 'regulator', severity: 'major' });
    expect(assist.lexicon.slice(0, N)).toEqual(DEFAULT_LEXICON);
  });

  it('lets a new term’s severity follow its type while it is the type’s default, and keeps one the admin chose', async () => {
    const rendered = await renderSignedInAs(<AssistTab />, ADMIN);
    const form = await settingsForm();
    fireEvent.click(within(form).getByRole('button', { name: '添加词条' }));
    fireEvent.change(termInput(N + 1), { target: { value: '告到消协' } });
    expect(severitySelect(N + 1).value).toBe('general');
    fireEvent.change(kindSelect(N + 1), { target: { value: 'legal' } });
    expect(severitySelect(N + 1).value).toBe('major');
    fireEvent.change(kindSelect(N + 1), { target: { value: 'regulator' } });
    expect(severitySelect(N + 1).value).toBe('serious');
    // Chosen by the admin: a later change of type leaves it.
    fireEvent.change(severitySelect(N + 1), { target: { value: 'major' } });
    fireEvent.change(kindSelect(N + 1), { target: { value: 'anger' } });
    expect(severitySelect(N + 1).value).toBe('major');
    fireEvent.change(kindSelect(N + 1), { target: { value: 'regulator' } });
    await save(form);
    await screen.findByText('设置已保存');
    expect((await savedAssist(rendered)).lexicon.at(-1)).toEqual({ term: '告到消协', kind: 'regulator', severity: 'major' });
  });

  it('names every column of the lexicon, the delete buttons’ one too (for screen readers)', async () => {
    await renderSignedInAs(<AssistTab />, ADMIN);
    await settingsForm();
    const headers = within(screen.getByRole('table', { name: '情绪与升级词库' })).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['#', '词语', '类型', '建议严重程度至少为', '操作']);
    expect(screen.getByRole('columnheader', { name: '操作' })).toBe(headers.at(-1));
  });

  it('is not offered to an agent', async () => {
    await renderWithStore(<SettingsPage tab="general" />);
    await screen.findByRole('tab', { name: '通用' });
    expect(screen.queryByRole('tab', { name: '智能辅助' })).toBeNull();
  });

  it('shows the store’s refusals (duplicate, too long) at their rows, even when the filter hides them, and saves nothing', async () => {
    const rendered = await renderSignedInAs(<AssistTab />, ADMIN);
    const form = await settingsForm();
    fireEvent.click(within(form).getByRole('button', { name: '添加词条' }));
    fireEvent.change(termInput(N + 1), { target: { value: '１２３１５' } });
    fireEvent.change(screen.getByRole('textbox', { name: '查找词语' }), { target: { value: '曝光' } });
    fireEvent.change(termInput(1), { target: { value: '曝光'.repeat(16) } });
    fireEvent.change(screen.getByRole('textbox', { name: '查找词语' }), { target: { value: '律师函' } });
    expect(rowsShown()).toBe(1);
    await save(form);

    await within(form).findByText('填写的内容有误，请按提示修改。');
    const duplicate = termInput(N + 1);
    expect(duplicate.getAttribute('aria-invalid')).toBe('true');
    expect(within(duplicate.closest('tr')!).getByText('词库中已有“１２３１５”（不分全角半角和大小写），请删去这一行或改成别的词语。')).toBeTruthy();
    expect(within(termInput(1).closest('tr')!).getByText('内容过长，最多 30 字。')).toBeTruthy();
    // The filter still applies to every other row: the two refused ones and 律师函.
    expect(rowsShown()).toBe(3);
    expect(await rendered.host.db.settings.get('assist')).toBeUndefined();
  });

  it('filters by text (any width) and by kind', async () => {
    await renderSignedInAs(<AssistTab />, ADMIN);
    await settingsForm();
    fireEvent.change(screen.getByRole('combobox', { name: '按类型筛选' }), { target: { value: 'regulator' } });
    const regulators = DEFAULT_LEXICON.filter((entry) => entry.kind === 'regulator').length;
    expect(rowsShown()).toBe(Math.min(regulators, PAGE_SIZE));
    expect(screen.getByTestId('lexicon-count').textContent).toContain(`当前显示 ${regulators} 个`);
    fireEvent.change(screen.getByRole('combobox', { name: '按类型筛选' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('textbox', { name: '查找词语' }), { target: { value: '１２３１' } });
    expect(rowsShown()).toBe(1);
    expect(screen.getByDisplayValue('12315')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: '查找词语' }), { target: { value: '没有这个词' } });
    expect(screen.getByText('没有符合筛选条件的词条。')).toBeTruthy();
  });

  it('keeps a row found by the filter while it is edited to no longer match, until the filter changes', async () => {
    await renderSignedInAs(<AssistTab />, ADMIN);
    await settingsForm();
    fireEvent.change(screen.getByRole('textbox', { name: '查找词语' }), { target: { value: '网上曝光' } });
    expect(rowsShown()).toBe(1);
    const term = screen.getAllByDisplayValue('网上曝光').find((input) => input.closest('tr'))!;
    fireEvent.change(term, { target: { value: '网上曝' } });
    expect(rowsShown()).toBe(1);
    expect(screen.getByDisplayValue('网上曝')).toBe(term);
    // A new filter reads the row as it now is.
    fireEvent.change(screen.getByRole('textbox', { name: '查找词语' }), { target: { value: '上曝光' } });
    expect(screen.getByText('没有符合筛选条件的词条。')).toBeTruthy();
  });

  it('restores a deleted built-in term after confirmation, keeping the admin’s edits', async () => {
    const rendered = await renderSignedInAs(<AssistTab />, ADMIN);
    const form = await settingsForm();
    expect(termInput(1).value).toBe('曝光');
    fireEvent.click(within(form).getByRole('button', { name: '删除第 1 行' }));
    expect(termInput(1).value).toBe('媒体');
    fireEvent.change(severitySelect(1), { target: { value: 'serious' } });
    expect(screen.getByTestId('lexicon-count').textContent).toBe(`共 ${N - 1} 个词条，最多 500 个`);

    fireEvent.click(within(form).getByRole('button', { name: '恢复内置词条' }));
    const dialog = await screen.findByRole('dialog', { name: '恢复内置词条' });
    expect(within(dialog).getByText('将补回 1 个缺少的内置词条，您添加或修改过的词条保持不变。保存后生效。')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '补回词条' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(termInput(N).value).toBe('曝光');
    const reloaded = await saveAndReload(form);

    const { lexicon } = await savedAssist(rendered);
    expect(lexicon).toHaveLength(N);
    expect(lexicon[0]).toEqual({ term: '媒体', kind: 'media', severity: 'serious' });
    expect(lexicon.at(-1)).toEqual({ term: '曝光', kind: 'media', severity: 'major' });

    // Nothing is missing any more: the dialog says so and offers nothing to add.
    fireEvent.click(within(reloaded).getByRole('button', { name: '恢复内置词条' }));
    const again = await screen.findByRole('dialog', { name: '恢复内置词条' });
    expect(within(again).getByText('内置词条都已在词库中，无需恢复。')).toBeTruthy();
    expect(within(again).queryByRole('button', { name: '补回词条' })).toBeNull();
  });

  it('saves the repeat window and the hot-spot parameters, and shows the store’s range error at its field', async () => {
    const rendered = await renderSignedInAs(<AssistTab />, ADMIN);
    const form = await settingsForm();
    fireEvent.change(within(form).getByLabelText('重复投诉认定期（天）'), { target: { value: '30' } });
    fireEvent.change(within(form).getByLabelText('最低倍数'), { target: { value: '3.5' } });
    expect(screen.getByTestId('hotspot-summary').textContent).toContain('此前 28 天日均的 3.5 倍');
    const reloaded = await saveAndReload(form);
    const saved = await savedAssist(rendered);
    expect(saved.repeatWindowDays).toBe(30);
    expect(saved.hotspots).toEqual({ recentDays: 3, baselineDays: 28, minCount: 5, minRatio: 3.5 });

    fireEvent.change(within(reloaded).getByLabelText('基线窗口（天）'), { target: { value: '7' } });
    fireEvent.change(within(reloaded).getByLabelText('近期窗口（天）'), { target: { value: '10' } });
    await save(reloaded);
    await within(reloaded).findByText('基线窗口须长于近期窗口。');
    expect(within(reloaded).getByLabelText('基线窗口（天）').getAttribute('aria-invalid')).toBe('true');
    expect((await savedAssist(rendered)).hotspots.baselineDays).toBe(28);
  });

  it('tries a text against the lexicon being edited, before it is saved', async () => {
    await renderSignedInAs(<AssistTab />, ADMIN);
    const form = await settingsForm();
    const tryIt = screen.getByRole('region', { name: '试一试' });
    const box = within(tryIt).getByRole('textbox', { name: '投诉内容' });
    fireEvent.change(box, { target: { value: '我要打１２３１５，再去找人大代表' } });

    const marks = () => [...tryIt.querySelectorAll('mark')].map((mark) => mark.getAttribute('title'));
    await waitFor(() => expect(marks()).toEqual(['监管投诉：１２３１５']));
    expect(within(tryIt).getByText('有升级风险')).toBeTruthy();
    expect(within(tryIt).getByText('建议严重程度至少为“严重”')).toBeTruthy();

    fireEvent.click(within(form).getByRole('button', { name: '添加词条' }));
    fireEvent.change(termInput(N + 1), { target: { value: '人大代表' } });
    fireEvent.change(kindSelect(N + 1), { target: { value: 'regulator' } });
    fireEvent.change(severitySelect(N + 1), { target: { value: 'major' } });
    await waitFor(() => expect(marks()).toEqual(['监管投诉：１２３１５', '监管投诉：人大代表']));
    expect(within(tryIt).getByText('建议严重程度至少为“重大”')).toBeTruthy();

    fireEvent.change(box, { target: { value: '我不会去曝光，只要退款' } });
    expect(await within(tryIt).findByText('未发现情绪或升级信号。')).toBeTruthy();
    expect(within(tryIt).getByText('前面有否定词，未计入：曝光')).toBeTruthy();
  });
});

describe('a lexicon saved with built-in phrases since retired', { timeout: 60_000 }, () => {
  it('names them and removes them on request, keeping one the admin changed', async () => {
    const old = [
      { term: '又一次', kind: 'repeat', severity: 'serious' },
      { term: '没人处理', kind: 'repeat', severity: 'serious' },
      // Changed by the admin: their own entry now.
      { term: '第三次', kind: 'repeat', severity: 'major' },
    ] as const;
    const rendered = await renderSignedInAs(<AssistTab />, ADMIN, {
      seed: async (host) => {
        const admin: Session = { actor: null, token: null };
        await host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
        const settings = await host.dispatcher.dispatch('settings.get', {}, admin);
        if (!settings.ok) throw new Error(JSON.stringify(settings.error));
        const assist = (settings.value as Settings).assist;
        const saved = await host.dispatcher.dispatch('settings.update', { key: 'assist', value: { ...assist, lexicon: [...DEFAULT_LEXICON, ...old] } }, admin);
        if (!saved.ok) throw new Error(JSON.stringify(saved.error));
      },
    });
    const form = await settingsForm();
    const notice = within(form).getByRole('alert');
    expect(notice.textContent).toContain('又一次、没人处理 曾是内置词条，现已停用');
    expect(notice.textContent).not.toContain('第三次');
    fireEvent.click(within(notice).getByRole('button', { name: '移除这 2 个词条' }));
    expect(within(form).queryByRole('alert')).toBeNull();
    await saveAndReload(form);
    const { lexicon } = await savedAssist(rendered);
    expect(lexicon).toEqual([...DEFAULT_LEXICON, old[2]]);
  });
});

describe('a lexicon saved before the built-in list gained phrases', { timeout: 60_000 }, () => {
  // A desk that saved its lexicon when the built-in list had none of the second edition's phrases, and an entry of its own.
  const own = { term: '店大欺客', kind: 'anger', severity: 'general' } as const;
  const firstEdition = DEFAULT_LEXICON.filter((entry) => !newDefaultsFor([], 1).includes(entry));
  const prepare = async (db: DeskDb) => {
    const { lexiconEdition: _edition, ...assist } = DEFAULT_SETTINGS.assist;
    await db.settings.put({ key: 'assist', value: { ...assist, lexicon: [...firstEdition, own] } });
  };
  const added = DEFAULT_LEXICON.length - firstEdition.length;
  const notice = (form: HTMLElement) => within(form).queryAllByRole('alert').find((alert) => alert.textContent?.includes('内置词库有新增词条'));

  it('names how many came since and adds them on request; saved, they are not offered again', async () => {
    expect(added).toBeGreaterThan(50);
    const rendered = await renderSignedInAs(<AssistTab />, ADMIN, { prepare });
    const form = await settingsForm();
    const shown = notice(form)!;
    expect(shown.textContent).toContain(`本版本的内置词库新增了 ${added} 个词条，您保存的词库中还没有：发朋友圈、发到朋友圈`);
    fireEvent.click(within(shown).getByRole('button', { name: `加入这 ${added} 个词条` }));
    expect(notice(form)).toBeUndefined();
    expect(screen.getByTestId('lexicon-count').textContent).toBe(`共 ${DEFAULT_LEXICON.length + 1} 个词条，最多 500 个`);
    const reloaded = await saveAndReload(form);
    expect(notice(reloaded)).toBeUndefined();
    const saved = await savedAssist(rendered);
    expect(saved.lexiconEdition).toBe(LEXICON_EDITION);
    expect(saved.lexicon).toEqual([...firstEdition, own, ...newDefaultsFor([], 1)]);
  });

  it('is answered by saving without them too: the list stays as the admin keeps it', async () => {
    const rendered = await renderSignedInAs(<AssistTab />, ADMIN, { prepare });
    const form = await settingsForm();
    expect(notice(form)).toBeDefined();
    const reloaded = await saveAndReload(form);
    expect(notice(reloaded)).toBeUndefined();
    const saved = await savedAssist(rendered);
    expect([saved.lexiconEdition, saved.lexicon]).toEqual([LEXICON_EDITION, [...firstEdition, own]]);
  });
});
