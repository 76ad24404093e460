import { useEffect, useState } from 'react';
import { slaContentHash } from '../../../shared/sla/canonical';
import type { Workshop } from '../../../shared/workshop/schema';

/** SHA-256 of the SLA's canonical content, recomputed when the workshop changes. */
export function useSlaHash(w: Workshop): string | null {
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void slaContentHash(w).then((h) => live && setHash(h));
    return () => {
      live = false;
    };
  }, [w]);
  return hash;
}
