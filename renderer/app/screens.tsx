/**
 * The screens the sidebar leads to, in order. A feature adds itself here: its path, label,
 * shortcut and component, and optionally a hook that returns the count shown beside it.
 */
import type { ComponentType } from 'react';
import { ClientsScreen } from '../features/clients/ClientsScreen';
import { CalendarScreen } from '../features/calendar/CalendarScreen';
import { TodayScreen } from '../features/today/TodayScreen';
import { useTodayCount } from '../features/today/useAgenda';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { CardsScreen } from '../features/cards/CardsScreen';
import { ReferralsScreen } from '../features/referrals/ReferralsScreen';
import { useOwedRewardsNavCount } from '../features/referrals/useReferrals';
import type { Route } from './router';

export interface NavCount {
  count: number;
  /** "overdue" shows the count in red. */
  tone?: 'normal' | 'overdue';
  label: string;
}

export interface ScreenDef {
  id: string;
  label: string;
  /** Alt+<key> goes there. */
  key: string;
  component: ComponentType<{ route: Route }>;
  useCount?: () => NavCount | undefined;
}

export const SCREENS: ScreenDef[] = [
  { id: 'today', label: 'Today', key: '1', component: TodayScreen, useCount: useTodayCount },
  { id: 'calendar', label: 'Calendar', key: '2', component: CalendarScreen },
  { id: 'clients', label: 'Clients', key: '3', component: ClientsScreen },
  { id: 'referrals', label: 'Referrals', key: '4', component: ReferralsScreen, useCount: useOwedRewardsNavCount },
  { id: 'cards', label: 'Cards', key: '5', component: CardsScreen },
  { id: 'settings', label: 'Settings', key: '6', component: SettingsScreen },
];

/** Where the app opens. */
export const START_SCREEN = 'today';
