import type { Owner, Team } from '../../shared/workshop/teams';

export const TEAM_LABEL: Record<Team | Owner, string> = {
  marketing: 'Marketing',
  sales: 'Sales',
  sdr: 'SDR',
  operations: 'Operations',
  leadership: 'Leadership',
  shared: 'Shared',
};

export function TeamBadge({ team }: { team: Team | Owner }) {
  return <span className={`team-badge team-${team}`}>{TEAM_LABEL[team]}</span>;
}
