import type { CaseRecord } from '../../../../domain/cases/case';
import type { CaseLinks } from '../../../../store/services/cases/links-view';
import { MergedCasesSection, MergedIntoNote } from './MergedCasesSection';
import { RelatedCasesSection } from './RelatedCasesSection';

/** 并入 and 关联 on the case page: what went into this case, whether this duplicate's customer was told, and related cases. */
export function CaseLinksSections({ record, links }: { record: CaseRecord; links: CaseLinks }) {
  return (
    <>
      {links.mergedInto && <MergedIntoNote mergedInto={links.mergedInto} />}
      {links.merged.length > 0 && <MergedCasesSection record={record} merged={links.merged} waiting={links.waiting.length} />}
      <RelatedCasesSection record={record} related={links.related} />
    </>
  );
}
