import { SettingsLoader } from '../SettingsLoader';
import { HeldWhileEdited } from '../HeldWhileEdited';
import { AssistForm } from './AssistForm';

/** 智能辅助: the emotion lexicon, the repeat-complaint window and the hot-spot detector, with a box to try the lexicon. */
export function AssistTab() {
  return <SettingsLoader>{(settings) => <HeldWhileEdited value={settings.assist}>{(assist) => <AssistForm key={JSON.stringify(assist)} assist={assist} />}</HeldWhileEdited>}</SettingsLoader>;
}
