// A filter above a list: one choice or none (cleared, the list shows all), named by its label, which
// stands in the empty box too unless a placeholder says more.
import { Select, type SelectProps } from 'antd';

interface Props extends Omit<SelectProps, 'style' | 'allowClear' | 'aria-label'> {
  label: string;
  width: number;
}

export function FilterSelect({ label, width, placeholder = label, ...rest }: Props) {
  return <Select allowClear aria-label={label} placeholder={placeholder} style={{ width }} {...rest} />;
}
