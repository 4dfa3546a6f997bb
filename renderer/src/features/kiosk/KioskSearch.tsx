// The kiosk's name search: a plain input drawn like the Ant Design large input it replaced, with its
// search icon and clear button. antd's Input brought its whole family (TextArea, Password, Search, OTP, the
// form context) into the kiosk's first download, and its style hooks into the first render on a room's old PC.
import { CloseCircleFilled, SearchOutlined } from '@ant-design/icons';
import { useRef } from 'react';

export interface KioskSearchProps {
  value: string;
  onChange(value: string): void;
  /** Both the placeholder and the input's accessible name. */
  label: string;
  clearLabel: string;
  maxLength: number;
}

export function KioskSearch({ value, onChange, label, clearLabel, maxLength }: KioskSearchProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    // A label, so that a tap on the icon or the padding puts the cursor in the box, as antd's did.
    <label className="kiosk-search">
      <SearchOutlined aria-hidden />
      <input ref={input} type="text" autoComplete="off" spellCheck={false} aria-label={label} placeholder={label} value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} />
      {/* Hidden, not removed, while the box is empty, so the words do not move when the first letter comes. */}
      <button
        type="button"
        className={value ? 'kiosk-search__clear' : 'kiosk-search__clear kiosk-search__clear--hidden'}
        aria-label={clearLabel}
        tabIndex={-1}
        onClick={() => {
          onChange('');
          input.current?.focus();
        }}
      >
        <CloseCircleFilled aria-hidden />
      </button>
    </label>
  );
}
