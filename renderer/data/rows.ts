/** Stored rows are the domain records as validated by shared/domain: one shape, no mapping. */
import type {
  Call,
  CardHistoryEntry,
  CardTemplate,
  Client,
  Gift,
  Referral,
  TestimonialCheck,
  Touchpoint,
} from '../../shared/domain/schemas';
import type { RewardGiven, Settings } from '../../shared/domain/settings';

export type ClientRow = Client;
export type TouchpointRow = Touchpoint;
export type ReferralRow = Referral;
export type CallRow = Call;
export type TestimonialRow = TestimonialCheck;
export type GiftRow = Gift;
export type CardTemplateRow = CardTemplate;
export type CardHistoryRow = CardHistoryEntry;
export type RewardGivenRow = RewardGiven;
export type SettingsRow = Settings & { id: 'app' };
export interface MetaRow {
  key: string;
  value: unknown;
}
