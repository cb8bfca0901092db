// Meta's div buttons (Facebook, Business Suite): role=button, aria-disabled while unusable, and
// Enter and Space act like on a real button.
import type { KeyboardEvent } from 'react';

export function DivButton(props: { label: string; disabled: boolean; onPress: () => void; id?: string; children: string }) {
  const press = () => {
    if (!props.disabled) props.onPress();
  };
  return (
    <div
      role="button"
      tabIndex={0}
      id={props.id}
      aria-label={props.label}
      aria-disabled={props.disabled ? 'true' : undefined}
      className="div-button"
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

