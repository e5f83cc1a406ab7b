import type { ServiceModule } from '../../rpc/define';
import { anonymise, eligible } from './anonymise';
import { exportCustomer, find } from './customers';

/** 个人信息: a customer's data export, anonymisation after the retention period. */
export const privacyService = {
  'customers.find': find,
  'customers.export': exportCustomer,
  'privacy.eligible': eligible,
  'cases.anonymise': anonymise,
} satisfies ServiceModule;
