// The kiosk's buttons: a plain <button> that looks like the Ant Design button it replaced. On a room's
// old PC each antd Button costs a tap its style hooks, ripple and loading-icon motion; a child's tap
// renders a screen of them (issue 19's throttled tap), and the kiosk needs none of that.
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import './kioskButton.css';

/** A solid fill (antd's preset colours), or the plain white button; `danger` is a red outline. */
export type KioskButtonTone = 'plain' | 'danger' | 'green' | 'blue' | 'orange' | 'cyan' | 'purple' | 'magenta' | 'red';

const SOLID: ReadonlySet<KioskButtonTone> = new Set(['green', 'blue', 'orange', 'cyan', 'purple', 'magenta', 'red']);

export interface KioskButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'color'> {
  tone?: KioskButtonTone;
  /** Shown before the words, as antd's `icon`. */
  icon?: ReactNode;
}

export function KioskButton({ tone = 'plain', icon, className, children, ...rest }: KioskButtonProps) {
  return (
    <button type="button" className={`kiosk-button kiosk-button--${tone}${SOLID.has(tone) ? ' kiosk-button--solid' : ''}${className ? ` ${className}` : ''}`} {...rest}>
      {icon}
      {children}
    </button>
  );
}
