// The derived index fields are computed in domain/ (demo data needs them too); one copy, re-exported for the store.
export { withDerivedFields } from '../../domain/cases/derived';
