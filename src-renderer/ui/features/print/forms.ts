/** The paper forms of a case, in the order of the loop, and those also printed blank for walk-in customers. */
export const CASE_FORMS = ['registration', 'grading', 'plan', 'progress', 'survey'] as const;
export type CaseForm = (typeof CASE_FORMS)[number];

export const BLANK_FORMS = ['registration', 'survey'] as const satisfies readonly CaseForm[];
export type BlankForm = (typeof BLANK_FORMS)[number];

export function isCaseForm(form: string): form is CaseForm {
  return (CASE_FORMS as readonly string[]).includes(form);
}

export function isBlankForm(form: string): form is BlankForm {
  return (BLANK_FORMS as readonly string[]).includes(form);
}

/** The print route of a case's form (`/print/case/:id` alone still prints the registration form). */
export function caseFormRoute(caseId: string, form: CaseForm): string {
  return `/print/case/${encodeURIComponent(caseId)}/${form}`;
}

export function blankFormRoute(form: BlankForm): string {
  return `/print/blank/${form}`;
}

/** 个人信息删除处理结果告知书 of a deletion request. */
export function erasureReplyRoute(no: string): string {
  return `/print/erasure/${encodeURIComponent(no)}`;
}
