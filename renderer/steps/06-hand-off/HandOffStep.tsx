import { ComingLater } from '../ComingLater';

export function HandOffStep() {
  return <ComingLater step="handOff" />;
}
