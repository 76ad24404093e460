import { create } from 'zustand';
import { isStepId, type StepId } from '../../shared/workshop/stepIds';

/** Hash routes survive reloads in both the desktop protocol and browser mode. */
export type Route =
  | { name: 'home' }
  | { name: 'workshop'; workshopId: string; step: StepId }
  /** After step 10: what was agreed, what happens next, the files to send (renderer/wrapUp). */
  | { name: 'wrapUp'; workshopId: string }
  /** The room's view of a workshop, in its own window (renderer/facilitation/PresenterScreen). */
  | { name: 'presenter'; workshopId: string; step: StepId }
  | { name: 'verify' };

const WRAP_UP = 'wrap-up';

/** The workshop a route shows (a step or its wrap-up), or null for every other screen. */
export const routeWorkshopId = (r: Route): string | null => (r.name === 'workshop' || r.name === 'wrapUp' ? r.workshopId : null);

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'presenter' && parts[1]) {
    return { name: 'presenter', workshopId: parts[1], step: isStepId(parts[2]) ? parts[2] : 'commitment' };
  }
  if (parts[0] === 'w' && parts[1] && parts[2] === WRAP_UP) return { name: 'wrapUp', workshopId: parts[1] };
  if (parts[0] === 'w' && parts[1]) {
    return { name: 'workshop', workshopId: parts[1], step: isStepId(parts[2]) ? parts[2] : 'commitment' };
  }
  return { name: 'home' };
}

export function routeHash(r: Route): string {
  if (r.name === 'workshop') return `#/w/${encodeURIComponent(r.workshopId)}/${r.step}`;
  if (r.name === 'wrapUp') return `#/w/${encodeURIComponent(r.workshopId)}/${WRAP_UP}`;
  if (r.name === 'presenter') return `#/presenter/${encodeURIComponent(r.workshopId)}/${r.step}`;
  return '#/';
}

interface RouteState {
  route: Route;
  navigate(r: Route): void;
}

export const useRoute = create<RouteState>((set) => ({
  route: parseRoute(window.location.hash),
  navigate: (r) => {
    const hash = routeHash(r);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ route: r });
  },
}));

window.addEventListener('hashchange', () => useRoute.setState({ route: parseRoute(window.location.hash) }));
