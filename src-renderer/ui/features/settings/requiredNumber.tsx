import { FieldErrorText } from '../../components/FieldErrorText';

/**
 * An emptied number field: the store would only call it invalid, so the form
 * says "required" itself before sending.
 */
export function requiredNumber(value: unknown) {
  return typeof value === 'number' && Number.isFinite(value) ? null : <FieldErrorText error={{ field: '', code: 'validation.required' }} />;
}
