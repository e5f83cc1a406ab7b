import type { TFunction } from 'i18next';
import type { OwnerStanding } from '../../domain/tracking/row';

/**
 * A case owner's name, marked when they can no longer carry the case out (王丽娟（已停用）,
 * 李志强（已无办理权限）): in the tracking table, its exports and print, the case page and the 跟踪表.
 */
export function ownerNameText(t: TFunction, name: string, standing: OwnerStanding | undefined): string {
  return standing && name !== '' ? t(`tracking.ownerStanding.${standing}`, { name }) : name;
}
