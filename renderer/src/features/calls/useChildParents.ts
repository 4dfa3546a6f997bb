// The parents of the child picked in a call form, cleared whenever another child is picked.
import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import type { Parent } from '../../../../shared/domain';
import { call } from '../../api';

export function useChildParents(form: FormInstance, childId: number | undefined): Parent[] {
  const [parents, setParents] = useState<Parent[]>([]);
  useEffect(() => {
    form.setFieldValue('parentId', undefined);
    if (!childId) return setParents([]);
    call('children.get', { id: childId }).then(
      (c) => setParents(c.parents),
      () => setParents([]),
    );
  }, [childId, form]);
  return parents;
}
