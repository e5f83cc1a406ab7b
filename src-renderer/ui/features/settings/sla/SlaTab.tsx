import { SettingsLoader } from '../SettingsLoader';
import { SlaForm } from './SlaForm';

/** 时限: response hours per severity, stage hours, and whether each clock counts calendar or working time. */
export function SlaTab() {
  return <SettingsLoader>{(settings) => <SlaForm key={JSON.stringify(settings.sla)} sla={settings.sla} />}</SettingsLoader>;
}
