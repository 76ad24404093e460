import { Mail, MessageSquareText, Phone, Share2, Video, type LucideIcon } from 'lucide-react';
import type { CHANNELS } from '../../../shared/workshop/steps/handOff';

type Channel = (typeof CHANNELS)[number];

/** One icon per channel (names: i18n `handOff:cadence.channel`). */
export const CHANNEL_ICON: Record<Channel, LucideIcon> = {
  phone: Phone,
  email: Mail,
  social: Share2,
  video: Video,
  sms: MessageSquareText,
};
