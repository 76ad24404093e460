import { defaultFacilitation, type Facilitation } from '../facilitation';

/** Northwind Analytics' action items, decisions and parking lot in the built-in sample. */
export function sampleFacilitation(): Facilitation {
  return defaultFacilitation();
}
