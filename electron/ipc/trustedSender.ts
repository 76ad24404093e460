import { isAppUrl } from '../main/appUrl';
import type { InvokeEventLike } from './registerHandlers';

/**
 * Only our own page, in the top frame of our own window, may call main. An iframe (even one
 * on app://accord/), another window, or a page that somehow navigated away is refused.
 */
export function isTrustedSender(event: InvokeEventLike, ownContents: unknown): boolean {
  const frame = event.senderFrame;
  if (!frame || ownContents === null || ownContents === undefined) return false;
  return event.sender === ownContents && frame.parent === null && isAppUrl(frame.url);
}
