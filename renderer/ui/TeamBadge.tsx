import { useTranslation } from 'react-i18next';
import type { Owner, Team } from '../../shared/workshop/teams';

/** The team's name in the UI language, for selects and badges. */
export function useTeamLabel(): (team: Team | Owner) => string {
  const { t } = useTranslation();
  return (team) => t(`team.${team}`);
}

export function TeamBadge({ team }: { team: Team | Owner }) {
  const label = useTeamLabel();
  return <span className={`team-badge team-${team}`}>{label(team)}</span>;
}
