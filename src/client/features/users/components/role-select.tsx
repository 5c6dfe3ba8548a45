import type { SelectHTMLAttributes } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/api/users';
import { ROLE_ORDER } from '../user-format';
// The select looks like the text fields around it.
import '../../../components/text-field.css';
import './role-select.css';

export interface RoleSelectProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange' | 'size'
> {
  value: Role;
  onChange(role: Role): void;
  /** Compact, for table rows (the native `size` makes a list box, which is never wanted here). */
  size?: 'sm' | 'md';
}

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** A native select of the three roles: keyboard and screen-reader behaviour come for free. */
export function RoleSelect({ value, onChange, size = 'md', className, ...rest }: RoleSelectProps) {
  return (
    <select
      {...rest}
      className={['field__input', 'role-select', `role-select--${size}`, className]
        .filter(Boolean)
        .join(' ')}
      value={value}
      onChange={(event) => {
        if (isRole(event.target.value)) onChange(event.target.value);
      }}
    >
      {ROLE_ORDER.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </select>
  );
}
