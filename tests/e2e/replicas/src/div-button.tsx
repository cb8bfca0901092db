// A div acting as a button, as Facebook and X's older layout render them: role=button, focusable,
// aria-disabled when it cannot act, and answering Enter and Space like a real button.
import type { KeyboardEvent } from 'react';

export function DivButton(props: {
  label?: string;
  disabled: boolean;
  onPress: () => void;
  id?: string;
  testId?: string;
  className?: string;
  children: string;
}) {
  const press = () => {
    if (!props.disabled) props.onPress();
  };
  return (
    <div
      role="button"
      tabIndex={0}
      id={props.id}
      data-testid={props.testId}
      aria-label={props.label}
      aria-disabled={props.disabled ? 'true' : undefined}
      className={props.className ?? 'div-button'}
      onClick={press}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          press();
        }
      }}
    >
      <span>{props.children}</span>
    </div>
  );
}
