// The app's tables as most of them are: rows keyed by their id, the small size, and the words an
// empty list shows. Any of it may be said otherwise, as on antd's Table.
import { Table, type TableProps } from 'antd';

interface Props<T> extends TableProps<T> {
  /** What the table says when there are no rows. */
  empty?: string;
}

export function ListTable<T extends object>({ empty, rowKey = 'id', size = 'small', locale, ...rest }: Props<T>) {
  return <Table<T> rowKey={rowKey} size={size} locale={empty === undefined ? locale : { ...locale, emptyText: empty }} {...rest} />;
}

/** For rows whose `children` are children helped or given to (a list of names), not the rows of a tree. */
export const NOT_A_TREE = { childrenColumnName: 'treeRows' } as const;
