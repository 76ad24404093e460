import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * Text that fills the wall: the box takes the room the slide gives it, and its content's type
 * grows until one step more would overflow it (and shrinks when the room adds a tenth persona).
 * Sizes inside are in em, so everything scales together. `max` keeps three goals from turning
 * into a poster; it is relative to the window height, so 720p and 1080p projectors look alike.
 */
export function FitBox({
  children,
  className = '',
  maxPerHeight = 0.05,
  min = 11,
  testId,
}: {
  children: ReactNode;
  className?: string;
  maxPerHeight?: number;
  min?: number;
  testId?: string;
}) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);

  // After every render: the content may have changed (a new signature, a persona added).
  useLayoutEffect(() => {
    const o = outer.current;
    const i = inner.current;
    if (!o || !i) return;
    fit(o, i, min, window.innerHeight * maxPerHeight);
  });

  useLayoutEffect(() => {
    const o = outer.current;
    const i = inner.current;
    if (!o || !i || typeof ResizeObserver === 'undefined') return;
    let last = `${o.clientWidth}x${o.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const now = `${o.clientWidth}x${o.clientHeight}`;
      if (now === last) return;
      last = now;
      fit(o, i, min, window.innerHeight * maxPerHeight);
    });
    observer.observe(o);
    return () => observer.disconnect();
  }, [min, maxPerHeight]);

  return (
    <div ref={outer} className={`fit-box ${className}`} data-testid={testId}>
      <div ref={inner} className="fit-inner">
        {children}
      </div>
    </div>
  );
}

/** The largest font size (to a tenth of a pixel) at which `inner` fits `outer`, found by halving. */
function fit(outer: HTMLElement, inner: HTMLElement, min: number, max: number) {
  const fits = (px: number) => {
    inner.style.fontSize = `${px}px`;
    return outer.scrollHeight <= outer.clientHeight + 1 && outer.scrollWidth <= outer.clientWidth + 1;
  };
  let hi = Math.max(min, max);
  if (fits(hi)) return;
  let lo = min;
  for (let k = 0; k < 9 && hi - lo > 0.2; k++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  inner.style.fontSize = `${Math.floor(lo * 10) / 10}px`;
}
