import type { Handler } from './registerHandlers';

export interface AppInfoDeps {
  getName(): string;
  getVersion(): string;
  platform: string;
  electronVersion: string;
}

export function createAppInfoHandler(deps: AppInfoDeps): Handler<'app:getInfo'> {
  return async () => ({
    name: deps.getName(),
    version: deps.getVersion(),
    platform: deps.platform,
    electron: deps.electronVersion,
  });
}
