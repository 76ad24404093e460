import { DESKTOP_API_KEY } from '../../shared/ipc/apiKey';
import type { DesktopApi } from '../../shared/ipc/contract';
import { browserPlatform } from './browserPlatform';
import { desktopPlatform } from './desktopPlatform';
import type { Platform } from './platform';

export type { Platform } from './platform';

function detect(): Platform {
  const api = (window as unknown as Record<string, DesktopApi | undefined>)[DESKTOP_API_KEY];
  return api ? desktopPlatform(api) : browserPlatform();
}

export const platform: Platform = detect();
