/**
 * `vn-task-sla/date-holidays`: the holidays of any country that date-holidays knows, as the dated
 * exceptions of a `workingCalendar` definition (an agency's office abroad, a foreign partner). date-holidays
 * is an optional peer dependency of this entry only: install it to use it; the main entry never imports it.
 *
 * @module vn-task-sla/date-holidays
 */
export {
  HOLIDAY_TYPES,
  HolidayExceptionsOptions,
  type HolidayType,
  holidayExceptions,
} from './holiday-exceptions.js'
