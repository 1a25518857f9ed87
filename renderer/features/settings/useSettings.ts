import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings';
import { getSettings } from '../../data/settings';
import { setDisplayLocale } from '../../ui/format';

export function useSettings(): { data: Settings; isLoading: boolean } {
  const data = useLiveQuery(getSettings, []);
  useEffect(() => {
    if (data) setDisplayLocale(data.locale);
  }, [data]);
  return { data: data ?? DEFAULT_SETTINGS, isLoading: data === undefined };
}
