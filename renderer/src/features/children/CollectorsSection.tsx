// Who may collect her (issue 16): the file's list, guardian first by default, "may not collect" entries
// with their note. Its own section and its own save, apart from the rest of the child form.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Form, Input, Select, Space, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GUARDIAN_RELATIONS, type Collector } from '../../../../shared/domain';
import type { Input as ContractInput } from '../../../../shared/contract';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { useFormSave } from '../../components/form/useFormSave';
import { RelationText } from '../../components/childLabels';
import { ListTable } from '../../components/ListTable';
import { CaringMotherPick } from './CaringMotherPick';
import { CollectorPhoto } from './CollectorPhoto';

type Row = ContractInput<'collectors.save'>['collectors'][number];

/** `photos`: her photo consent is on file, so staff may add her collectors' faces for the kiosk. */
export function CollectorsSection({ childId, editable, photos, version }: { childId: number; editable: boolean; photos: boolean; version: string }) {
  const { t } = useTranslation(['children', 'common', 'errors']);
  const { message } = App.useApp();
  const [list, setList] = useState<Collector[] | null>(null);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ collectors: Row[] }>();
  const { busy, save } = useFormSave(form);

  useEffect(() => {
    setList(null);
    call('collectors.list', { childId })
      .then(setList)
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [childId, version, message]);

  const submit = async () => {
    const values = await form.validateFields();
    await save(async () => {
      setList(await call('collectors.save', { childId, collectors: values.collectors ?? [] }));
      setEditing(false);
      message.success(t('collectors.message.saved'));
    });
  };

  const startEditing = () => {
    form.setFieldsValue({ collectors: (list ?? []).map(({ name, relation, phone, mayCollect, note }) => ({ name, relation, phone, mayCollect, note })) });
    setEditing(true);
  };

  const required = [{ required: true, whitespace: true, message: t('errors:field.required') }];
  return (
    <section aria-label={t('collectors.title.main')}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={5}>{t('collectors.title.main')}</Typography.Title>
        {editable && !editing && <Button onClick={startEditing}>{t('collectors.action.edit')}</Button>}
      </Space>
      {editing ? (
        <Form form={form} layout="vertical">
          <Form.List name="collectors">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap>
                    <Form.Item name={[field.name, 'name']} label={t('collectors.field.name')} rules={required}>
                      <Input maxLength={30} style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'relation']} label={t('collectors.field.relation')}>
                      <Select allowClear style={{ width: 110 }} options={GUARDIAN_RELATIONS.map((r) => ({ value: r, label: t(`common:enums.guardianRelation.${r}`) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'phone']} label={t('collectors.field.phone')}>
                      <Input maxLength={20} style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'mayCollect']} label={t('collectors.field.mayCollect')} valuePropName="checked" initialValue>
                      <Switch />
                    </Form.Item>
                    <Form.Item name={[field.name, 'note']} label={t('collectors.field.note')}>
                      <Input maxLength={200} style={{ width: 200 }} />
                    </Form.Item>
                    <Button aria-label={t('collectors.action.remove')} icon={<DeleteOutlined />} style={{ marginTop: 30 }} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Space>
                  <Button icon={<PlusOutlined />} onClick={() => add({ mayCollect: true })}>
                    {t('collectors.action.add')}
                  </Button>
                  <CaringMotherPick onPick={(m) => add({ name: m.name, relation: 'caring_mother', phone: m.phone, mayCollect: true, note: null })} />
                </Space>
              </>
            )}
          </Form.List>
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" loading={busy} onClick={() => void submit().catch(() => undefined)}>
              {t('common:action.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('common:action.cancel')}</Button>
          </Space>
        </Form>
      ) : list && list.length === 0 ? (
        <Empty description={t('collectors.empty.none')} />
      ) : (
        <ListTable<Collector>
          pagination={false}
          loading={list === null}
          dataSource={list ?? []}
          columns={[
            { title: t('collectors.field.photo'), key: 'photo', width: 150, render: (_, c) => <CollectorPhoto childId={childId} collector={c} editable={photos} onSaved={setList} /> },
            { title: t('collectors.field.name'), dataIndex: 'name' },
            { title: t('collectors.field.relation'), key: 'relation', render: (_, c) => <RelationText relation={c.relation} /> },
            { title: t('collectors.field.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
            {
              title: t('collectors.field.mayCollect'),
              key: 'mayCollect',
              render: (_, c) => (c.mayCollect ? <Tag color="green">{t('collectors.tag.may')}</Tag> : <Tag color="red">{t('collectors.tag.mayNot')}</Tag>),
            },
            { title: t('collectors.field.note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
          ]}
        />
      )}
    </section>
  );
}
