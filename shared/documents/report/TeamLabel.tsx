import { Text, View } from '@react-pdf/renderer';
import { TEAM_COLOR } from '../styles';
import type { Team } from '../../workshop/teams';
import { rs } from './styles';

type TextStyle = (typeof rs)[keyof typeof rs];

/** A team's name after a small square in its colour (never the colour alone). */
export function TeamLabel({ team, label, textStyle }: { team: Team; label: string; textStyle: TextStyle }) {
  return (
    <View style={rs.teamLabel}>
      <View style={[rs.teamMark, { backgroundColor: TEAM_COLOR[team] }]} />
      <Text style={textStyle}>{label}</Text>
    </View>
  );
}
