import { alertsService } from './services/alerts';
import { assistService } from './services/assist';
import { attachmentsService } from './services/attachments';
import { auditService } from './services/audit';
import { backupService } from './services/backup';
import { authService } from './services/auth';
import { casesService } from './services/cases';
import { dashboardService } from './services/dashboard';
import { demoService } from './services/demo';
import { feedbackService } from './services/feedback';
import { gradingService } from './services/grading';
import { improvementsService } from './services/improvements';
import { importsService } from './services/imports';
import { jobsService } from './services/jobs';
import { plansService } from './services/plans';
import { privacyService } from './services/privacy';
import { progressService } from './services/progress';
import { reportsService } from './services/reports';
import { screeningService } from './services/screening';
import { settingsService } from './services/settings';
import { trackingService } from './services/tracking';
import { usersService } from './services/users';
import { verificationService } from './services/verification';
import { mergeServices, type ArgsOf, type ResultOf } from './rpc/define';

/** Demo data exists only where demo tools are built in; elsewhere `demo.seed` is an unknown method (hence Partial). */
const demoTools: Partial<typeof demoService> = __DESK_DEMO_TOOLS__ ? demoService : {};

/** Every store command and query, merged from the area modules (one per area of the glossary). */
export function createHandlers() {
  return mergeServices(
    authService,
    usersService,
    settingsService,
    casesService,
    trackingService,
    screeningService,
    verificationService,
    gradingService,
    plansService,
    progressService,
    feedbackService,
    attachmentsService,
    improvementsService,
    auditService,
    dashboardService,
    reportsService,
    alertsService,
    backupService,
    importsService,
    jobsService,
    privacyService,
    assistService,
    demoTools,
  );
}

export type StoreHandlers = ReturnType<typeof createHandlers>;
export type StoreMethod = keyof StoreHandlers & string;
export type StoreArgs<K extends StoreMethod> = ArgsOf<StoreHandlers[K]>;
export type StoreResult<K extends StoreMethod> = ResultOf<StoreHandlers[K]>;
export type { ChangeEvent } from './rpc/define';
