/**
 * Touchpoint planning: the public API. See README.md beside this file for the rules and decisions.
 *
 * date-holidays (1.7 MB, ~270 ms to import) is deliberately NOT re-exported here: importing this
 * module stays cheap. Get holiday dates with `await loadHolidaysProvider()`, which loads
 * ./dateHolidays.ts on first use (a separate chunk in the app build) and returns one shared,
 * cached provider; pass it to planTouchpoints and use its holidayChoices() for pickers.
 */
import type { HolidaysProvider } from './holidaysProvider';

export {
  planTouchpoints,
  planClientTouchpoints,
  applyPlan,
  horizonEndFor,
  isReplannable,
  plannedDue,
  type PlanInput,
  type ClientPlanInput,
  type PlanResult,
  type LastTouchByClient,
} from './plan';
export {
  wantedTouchpoints,
  holidayIdsFor,
  holidayPlaceFor,
  isPlannerNote,
  utcDayOf,
  NO_TOUCH_NOTE,
  ONE_OFF_GRACE_DAYS,
  type WantedTouchpoint,
  type PlanWarning,
  type PlanWarningCode,
} from './rules';
export {
  planKeys,
  parsePlanKey,
  isPlannerKey,
  planKeyYear,
  plannedTouchpointId,
  type PlanKey,
} from './planKeys';
export {
  HOLIDAY_CATALOGUE,
  HOLIDAY_SCOPE_BY_CATEGORY,
  holidayScope,
  NATIONAL_DAY_ID,
  NATIONAL_DAY_OVERRIDES,
  holidayDefinition,
  holidayLabel,
  isHolidayId,
  countryHolidayId,
  parseCountryHolidayId,
  normaliseRule,
  catalogueIdOf,
  type HolidayDefinition,
  type HolidayCategory,
  type HolidayScope,
  type HolidayFallback,
} from './holidayCatalogue';
export type {
  HolidaysProvider,
  HolidayPlace,
  HolidayOccurrence,
  HolidayLookup,
  HolidayMissReason,
  HolidayChoice,
  HolidayType,
} from './holidaysProvider';
export {
  plusDays,
  daysFrom,
  plusMonths,
  dayNumber,
  fromDayNumber,
  monthDayLabel,
  shortMonthDayLabel,
  longDateLabel,
} from './calendar';

let loading: Promise<HolidaysProvider> | undefined;

/**
 * The date-holidays provider, loaded on first call and shared afterwards (its caches are what
 * make planning 10,000 clients fast). `(await loadHolidaysProvider()).holidayChoices('DE', 'BY')`
 * lists the holiday choices for a place.
 */
export function loadHolidaysProvider(): Promise<HolidaysProvider> {
  loading ??= import('./dateHolidays').then((m) => m.sharedDateHolidaysProvider());
  return loading;
}
