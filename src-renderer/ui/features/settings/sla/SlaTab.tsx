import { SettingsLoader } from '../SettingsLoader';
import { HeldWhileEdited } from '../HeldWhileEdited';
import { SlaForm } from './SlaForm';

/** 时限: response hours per severity, stage hours, and whether each clock counts calendar or working time. */
export function SlaTab() {
  return <SettingsLoader>{(settings) => <HeldWhileEdited value={settings.sla}>{(sla) => <SlaForm key={JSON.stringify(sla)} sla={sla} />}</HeldWhileEdited>}</SettingsLoader>;
}
