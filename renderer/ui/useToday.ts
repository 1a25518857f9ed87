/** Today's date as a calendar day, updated when the day changes while the app is open. */
import { useEffect, useState } from 'react';
import { toIsoDate, type IsoDate } from '../../shared/domain/dates';

export function todayIso(): IsoDate {
  return toIsoDate(new Date());
}

export function useToday(): IsoDate {
  const [today, setToday] = useState(todayIso);
  useEffect(() => {
    const t = setInterval(() => setToday((prev) => (prev === todayIso() ? prev : todayIso())), 30_000);
    return () => clearInterval(t);
  }, []);
  return today;
}
