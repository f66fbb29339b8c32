import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

/** The buttons of a toolbar that can be used now, in order. */
function enabledButtons(toolbar: HTMLElement): HTMLButtonElement[] {
  return Array.from(toolbar.querySelectorAll<HTMLButtonElement>('button')).filter((button) => !button.disabled);
}

/** Exactly one usable button is in the Tab order: `chosen` if given, else the one that was, else the first. */
function keepOneTabStop(toolbar: HTMLElement, chosen?: HTMLButtonElement): void {
  const buttons = enabledButtons(toolbar);
  const stop = chosen ?? buttons.find((button) => button.tabIndex === 0) ?? buttons[0];
  for (const button of toolbar.querySelectorAll<HTMLButtonElement>('button')) button.tabIndex = button === stop ? 0 : -1;
}

/**
 * A toolbar as screen readers expect one (WAI-ARIA toolbar pattern): one Tab stop, the
 * arrow keys, Home and End move between its buttons, and Tab comes back to the button used
 * last. Fifteen buttons are one Tab press, not fifteen, on the way to the minutes.
 */
export function useRovingToolbar(): {
  ref: RefObject<HTMLDivElement | null>;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onFocus: (event: FocusEvent<HTMLDivElement>) => void;
} {
  const ref = useRef<HTMLDivElement>(null);
  // After every render: a button may have been disabled (Undo with nothing to undo) while it was the Tab stop.
  useLayoutEffect(() => {
    if (ref.current) keepOneTabStop(ref.current);
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = enabledButtons(event.currentTarget);
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const target = { ArrowRight: buttons[(index + 1) % buttons.length], ArrowLeft: buttons[(index - 1 + buttons.length) % buttons.length], Home: buttons[0], End: buttons[buttons.length - 1] }[event.key];
    if (!target) return;
    event.preventDefault();
    keepOneTabStop(event.currentTarget, target);
    target.focus();
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLButtonElement && !event.target.disabled) keepOneTabStop(event.currentTarget, event.target);
  };
  return { ref, onKeyDown, onFocus };
}
