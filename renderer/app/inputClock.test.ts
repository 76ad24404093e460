import { afterEach, describe, expect, it } from 'vitest';
import { editTime, installInputClock } from './inputClock';

const press = (target: EventTarget, type: string, timeStamp: number) => {
  const e = new Event(type);
  Object.defineProperty(e, 'timeStamp', { value: timeStamp });
  target.dispatchEvent(e);
};

describe('input clock', () => {
  let uninstall = () => {};
  afterEach(() => uninstall());

  it('dates an edit at the keystroke or click that caused it', () => {
    const target = new EventTarget();
    uninstall = installInputClock(target);
    press(target, 'keydown', 1000);
    expect(editTime(1002.5)).toBe(1000);
    press(target, 'pointerdown', 2000);
    expect(editTime(2040)).toBe(2000);
  });

  it('dates an edit with no recent press (a timer, a paste from the menu) now', () => {
    const target = new EventTarget();
    uninstall = installInputClock(target);
    press(target, 'keydown', 1000);
    expect(editTime(1150)).toBe(1150);
  });
});
