/** The holidays a user can choose for a place, loaded lazily with date-holidays. */
import { useEffect, useState } from 'react';
import { loadHolidaysProvider, type HolidayChoice } from '../../../shared/planning';

export function useHolidayChoices(country: string | undefined, region: string | undefined): HolidayChoice[] | undefined {
  const key = `${country ?? ''}|${region ?? ''}`;
  const [loaded, setLoaded] = useState<{ key: string; list: HolidayChoice[] } | null>(null);
  useEffect(() => {
    let alive = true;
    void loadHolidaysProvider().then((p) => {
      const list = p.holidayChoices(country, region, new Date().getFullYear());
      if (alive) setLoaded({ key, list });
    });
    return () => {
      alive = false;
    };
  }, [country, region, key]);
  return loaded?.key === key ? loaded.list : undefined;
}
