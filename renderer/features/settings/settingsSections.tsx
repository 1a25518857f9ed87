/** Sections on the Settings screen after "You, on cards": features add theirs here. */
import type { ComponentType } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { PlanSettings } from '../plan/PlanSettings';
import { CardLookSettings } from '../cards/CardLookSettings';
import { GiftSettingsSection } from '../gifts/GiftSettingsSection';
import { DesktopSettingsSection } from '../desktop/DesktopSettingsSection';
import { RewardsSettingsSection } from '../referrals/RewardsSettingsSection';
import { DataSection } from '../data/DataSection';

export interface SettingsSection {
  id: string;
  component: ComponentType<{ settings: Settings }>;
}

export const SETTINGS_SECTIONS: SettingsSection[] = [
  { id: 'cards', component: CardLookSettings },
  { id: 'plan', component: PlanSettings },
  { id: 'referrals', component: RewardsSettingsSection },
  { id: 'gifts', component: GiftSettingsSection },
  { id: 'data', component: DataSection },
  { id: 'desktop', component: DesktopSettingsSection },
];
