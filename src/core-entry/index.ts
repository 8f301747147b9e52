/**
 * `vn-task-sla/core`: the same API as `vn-task-sla`, with no default calendar. Every operation that
 * counts working time needs its `calendar` option (`invalid_input` at `options.calendar` without
 * it), so that an application with its own calendar (`workingCalendar`) bundles no Vietnamese one:
 * the main entry binds `vietnamCalendar()` as the default of each operation, this one binds nothing,
 * the way a money library binds its calculator in one package and not in its core.
 *
 * @module vn-task-sla/core
 */
import { validateDocumentsIn } from '../intake/validate-documents.js'
import { validateTasksIn } from '../intake/validate-tasks.js'
import { maskForSystemIn } from '../masking/mask-for-system.js'
import { agendaIn } from '../monitoring/agenda.js'
import { nextChangeIn, nextChangeMillisIn } from '../monitoring/next-change.js'
import { portfolioSummaryIn } from '../monitoring/portfolio-summary.js'
import { classifyCompletionIn } from '../rules/art04-status/classify-completion.js'
import { updateComplianceIn } from '../rules/art06-cadence/update-compliance.js'
import { updateScheduleIn } from '../rules/art06-cadence/update-schedule.js'
import { deadlineIn } from '../rules/art06-deadlines/deadline.js'
import { dutiesOfIn, dutiesOfMillisIn } from '../rules/art06-duties/duty-ledger.js'
import { assigneeReportDeadlinesIn } from '../rules/art15-reports/assignee-report-deadlines.js'
import { reportComplianceIn } from '../rules/art15-reports/report-compliance.js'
import { reportingDeadlinesIn } from '../rules/art16-reporting/reporting-deadlines.js'
import { alertLevelIn } from '../rules/art18-alerts/alert-level.js'
import { auditFlagsIn } from '../rules/audit/audit-flags.js'
import { bindDefaults, NO_DEFAULTS } from '../rules/context.js'
import { evaluateTaskIn, evaluateTaskMillisIn } from '../rules/evaluate-task.js'
import { scoreUnitsIn } from '../scoring/score-units.js'
import { generatePortfolioIn } from '../simulation/generate-portfolio.js'
import { simulateIn } from '../simulation/simulate.js'

export * from '../index.js'

/** `classifyCompletion` of `vn-task-sla`; `calendar` is required. */
export const classifyCompletion = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, classifyCompletionIn)
/** `updateSchedule` of `vn-task-sla`; `calendar` is required. */
export const updateSchedule = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, updateScheduleIn)
/** `updateCompliance` of `vn-task-sla`; `calendar` is required. */
export const updateCompliance = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, updateComplianceIn)
/** `alertLevel` of `vn-task-sla`; `calendar` is required. */
export const alertLevel = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, alertLevelIn)
/** `auditFlags` of `vn-task-sla`; `calendar` is required. */
export const auditFlags = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, auditFlagsIn)
/** `dutiesOf` of `vn-task-sla`; `calendar` is required. */
export const dutiesOf = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, dutiesOfIn)
/** `dutiesOfMillis` of `vn-task-sla`; `calendar` is required. */
export const dutiesOfMillis = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, dutiesOfMillisIn)
/** `deadline` of `vn-task-sla`; `calendar` is required. */
export const deadline = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, deadlineIn)
/** `reportingDeadlines` of `vn-task-sla`; `calendar` is required. */
export const reportingDeadlines = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, reportingDeadlinesIn)
/** `assigneeReportDeadlines` of `vn-task-sla`; `calendar` is required. */
export const assigneeReportDeadlines = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, assigneeReportDeadlinesIn)
/** `reportCompliance` of `vn-task-sla`; `calendar` is required. */
export const reportCompliance = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, reportComplianceIn)
/** `evaluateTask` of `vn-task-sla`; `calendar` is required. */
export const evaluateTask = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, evaluateTaskIn)
/** `evaluateTaskMillis` of `vn-task-sla`; `calendar` is required. */
export const evaluateTaskMillis = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, evaluateTaskMillisIn)
/** `scoreUnits` of `vn-task-sla`; `calendar` is required. */
export const scoreUnits = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, scoreUnitsIn)
/** `maskForSystem` of `vn-task-sla`; `calendar` is required. */
export const maskForSystem = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, maskForSystemIn)
/** `simulate` of `vn-task-sla`; `calendar` is required. */
export const simulate = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, simulateIn)
/** `generatePortfolio` of `vn-task-sla`; `calendar` is required. */
export const generatePortfolio = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, generatePortfolioIn)
/** `nextChange` of `vn-task-sla`; `calendar` is required. */
export const nextChange = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, nextChangeIn)
/** `nextChangeMillis` of `vn-task-sla`; `calendar` is required. */
export const nextChangeMillis = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, nextChangeMillisIn)
/** `agenda` of `vn-task-sla`; `calendar` is required. */
export const agenda = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, agendaIn)
/** `portfolioSummary` of `vn-task-sla`; `calendar` is required. */
export const portfolioSummary = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, portfolioSummaryIn)
/** `validateTasks` of `vn-task-sla`; `calendar` is required. */
export const validateTasks = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, validateTasksIn)
/** `validateDocuments` of `vn-task-sla`; `calendar` is required. */
export const validateDocuments = /* @__PURE__ */ bindDefaults(NO_DEFAULTS, validateDocumentsIn)
