/** "Today" for every date rule: the date in the site's time zone (Asia/Shanghai, where the plan's city is), whatever the build machine's clock zone. */
import { dateFormat } from '../language/intl';

const SITE_TIME_ZONE = 'Asia/Shanghai';

/** The date (YYYY-MM-DD) at `now` in the site's time zone. */
export function todayInSiteZone(now: Date = new Date()): string {
  return dateFormat('en-CA', { timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
}
