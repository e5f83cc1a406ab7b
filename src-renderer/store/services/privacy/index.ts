import type { ServiceModule } from '../../rpc/define';
import { anonymise, eligible } from './anonymise';
import { exportCustomer, find } from './customers';
import { deliver, execute, record, refuse } from './erasure';
import { get, list, preview } from './erasure-views';

/** 个人信息: a customer's data export, anonymisation after the retention period, a customer's request to delete their data. */
export const privacyService = {
  'customers.find': find,
  'customers.export': exportCustomer,
  'privacy.eligible': eligible,
  'cases.anonymise': anonymise,
  'erasure.preview': preview,
  'erasure.list': list,
  'erasure.get': get,
  'erasure.record': record,
  'erasure.execute': execute,
  'erasure.refuse': refuse,
  'erasure.deliver': deliver,
} satisfies ServiceModule;
