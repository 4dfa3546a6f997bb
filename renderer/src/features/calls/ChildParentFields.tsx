// Whom a call is for, in the teacher's call forms (book, log): the child, then one of her parents, the
// list following the child picked (and cleared when another child is picked).
import { Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Parent } from '../../../../shared/domain';
import { call } from '../../api';
import { ChildPicker } from '../../components/ChildPicker';

export function ChildParentFields() {
  const { t } = useTranslation(['calls', 'common', 'errors']);
  const form = Form.useFormInstance();
  const childId = Form.useWatch<number | undefined>('childId', form);
  const [parents, setParents] = useState<Parent[]>([]);
  useEffect(() => {
    form.setFieldValue('parentId', undefined);
    if (!childId) return setParents([]);
    call('children.get', { id: childId }).then(
      (c) => setParents(c.parents),
      () => setParents([]),
    );
  }, [childId, form]);

  const required = { required: true, message: t('errors:field.required') };
  return (
    <>
      <Form.Item name="childId" label={t('calls:log.field.child')} rules={[required]}>
        <ChildPicker />
      </Form.Item>
      <Form.Item name="parentId" label={t('calls:log.field.parent')} rules={[required]}>
        <Select
          disabled={!parents.length}
          options={parents.map((p) => ({
            value: p.id,
            label: [t(`common:enums.parentRelation.${p.relation}`), p.name, p.phone].filter(Boolean).join(' · '),
          }))}
        />
      </Form.Item>
    </>
  );
}
