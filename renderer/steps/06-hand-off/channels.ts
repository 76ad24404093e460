import { Mail, MessageSquareText, Phone, Share2, Video, type LucideIcon } from 'lucide-react';
import type { CHANNELS } from '../../../shared/workshop/steps/handOff';

type Channel = (typeof CHANNELS)[number];

export const CHANNEL: Record<Channel, { label: string; icon: LucideIcon }> = {
  phone: { label: 'Phone', icon: Phone },
  email: { label: 'E-mail', icon: Mail },
  social: { label: 'Social', icon: Share2 },
  video: { label: 'Video call', icon: Video },
  sms: { label: 'SMS', icon: MessageSquareText },
};
