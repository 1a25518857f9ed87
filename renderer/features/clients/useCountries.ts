/**
 * Countries and regions as date-holidays knows them (the same data that gives holidays), loaded
 * lazily because the library is large. Names come from the browser's Intl data.
 */
import { useEffect, useState } from 'react';
import type HolidaysClass from 'date-holidays';

export interface Place {
  code: string;
  name: string;
}

type HolidaysModule = { default: typeof HolidaysClass };
let loading: Promise<HolidaysModule> | null = null;
function load(): Promise<HolidaysModule> {
  loading ??= import('date-holidays');
  return loading;
}

const regionNames = typeof Intl !== 'undefined' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

export function countryName(code: string | undefined): string {
  if (!code) return '';
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function useCountries(): Place[] {
  const [list, setList] = useState<Place[]>([]);
  useEffect(() => {
    let alive = true;
    void load().then((m) => {
      const hd = new m.default();
      const all = Object.entries(hd.getCountries('en')).map(([code, name]) => ({
        code,
        name: countryName(code) || name,
      }));
      all.sort((a, b) => a.name.localeCompare(b.name));
      if (alive) setList(all);
    });
    return () => {
      alive = false;
    };
  }, []);
  return list;
}

export function useRegions(country: string | undefined): Place[] {
  const [loaded, setLoaded] = useState<{ country: string; list: Place[] }>({ country: '', list: [] });
  useEffect(() => {
    let alive = true;
    if (!country) return;
    void load().then((m) => {
      const hd = new m.default();
      const states = hd.getStates(country, 'en') ?? {};
      const all = Object.entries(states).map(([code, name]) => ({ code, name }));
      all.sort((a, b) => a.name.localeCompare(b.name));
      if (alive) setLoaded({ country, list: all });
    });
    return () => {
      alive = false;
    };
  }, [country]);
  return country && loaded.country === country ? loaded.list : [];
}
