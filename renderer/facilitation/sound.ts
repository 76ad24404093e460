import type { TimerPhase } from '../../shared/facilitation/timer';

/**
 * A soft sine beep when the timer turns orange, red, and when time is up: quiet enough not to
 * interrupt a speaker, distinct enough to notice. One tone for orange, two for red, three
 * lower ones for time up. Made with WebAudio, so there is no sound file to ship.
 */
let context: AudioContext | null = null;

const TONES: Partial<Record<TimerPhase, { hz: number; count: number }>> = {
  warning: { hz: 660, count: 1 },
  critical: { hz: 880, count: 2 },
  overtime: { hz: 440, count: 3 },
};

export function beepFor(phase: TimerPhase): void {
  const tone = TONES[phase];
  if (!tone || typeof AudioContext === 'undefined') return;
  try {
    context ??= new AudioContext();
    const ctx = context;
    // Chromium starts an AudioContext suspended until the page has had a click; it has by now.
    if (ctx.state === 'suspended') void ctx.resume();
    for (let i = 0; i < tone.count; i++) {
      const at = ctx.currentTime + i * 0.35;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = tone.hz;
      // A short fade in and out: a click-free "ding" rather than a buzzer.
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.08, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.3);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + 0.32);
    }
  } catch {
    // No audio device (a projector laptop with sound off): the colour change still tells.
  }
}
