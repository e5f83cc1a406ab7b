import { SettingsLoader } from '../SettingsLoader';
import { AssistForm } from './AssistForm';

/** 智能辅助: the emotion lexicon, the repeat-complaint window and the hot-spot detector, with a box to try the lexicon. */
export function AssistTab() {
  return <SettingsLoader>{(settings) => <AssistForm key={JSON.stringify(settings.assist)} assist={settings.assist} />}</SettingsLoader>;
}
