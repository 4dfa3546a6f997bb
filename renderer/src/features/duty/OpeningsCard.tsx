// Opening hours: weekday, start, end and teachers needed. Admins add, edit and archive them.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opening } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { useRoster } from './rosterStore';
import { ListTable } from '../../components/ListTable';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A new opening may be for several weekdays at once (one opening each); an edit is for one. */
type Values = Omit<Opening, 'id' | 'weekday'> & { weekday: number | number[] };

export function OpeningsCard({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation(['roster', 'errors']);
  const { message } = App.useApp();
  const { openings, saveOpening, archiveOpening } = useRoster();
  const [editing, setEditing] = useState<Opening | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const { busy, save } = useFormSave(form);
  const weekday = (n: number) => t(`week.weekday.${n}` as 'week.weekday.1');

  const open = (o: Opening | 'new') => {
    setEditing(o);
    // No weekday is chosen for the admin: a default one was saved unnoticed.
    form.setFieldsValue(o === 'new' ? { weekday: [], startTime: '16:30', endTime: '18:30', teachersNeeded: 2 } : o);
  };

  const submit = async () => {
    const { weekday: chosen, ...times } = await form.validateFields();
    const days = Array.isArray(chosen) ? [...chosen].sort((a, b) => a - b) : [chosen];
    let saved = 0;
    await save(
      async () => {
        for (const day of days) {
          await saveOpening(editing && editing !== 'new' ? { ...times, weekday: day, id: editing.id } : { ...times, weekday: day });
          saved += 1;
        }
        message.success(t('openings.message.saved'));
        setEditing(null);
      },
      // The days saved before a refusal are in the table; the dialog keeps the ones still to save.
      () => Array.isArray(chosen) && form.setFieldValue('weekday', days.slice(saved)),
    );
  };

  const archive = (o: Opening) =>
    archiveOpening(o.id).then(
      () => message.success(t('openings.message.archived')),
      (e: unknown) => message.error(errorMessage(e)),
    );

  const timeRules = [
    { required: true, message: t('errors:field.required') },
    { pattern: TIME, message: t('errors:field.invalid') },
  ];

  return (
    <Card
      title={t('openings.card.title')}
      extra={
        isAdmin && (
          <Button icon={<PlusOutlined />} onClick={() => open('new')}>
            {t('openings.action.add')}
          </Button>
        )
      }
    >
      <ListTable<Opening>
        dataSource={openings}
        pagination={false}
        empty={t('openings.table.empty')}
        columns={[
          { key: 'weekday', title: t('openings.column.weekday'), sorter: (a, b) => a.weekday - b.weekday, render: (_, o) => weekday(o.weekday) },
          { key: 'start', title: t('openings.column.start'), dataIndex: 'startTime' },
          { key: 'end', title: t('openings.column.end'), dataIndex: 'endTime' },
          { key: 'needed', title: t('openings.column.needed'), dataIndex: 'teachersNeeded' },
          ...(isAdmin
            ? [
                {
                  key: 'actions',
                  title: t('openings.column.actions'),
                  render: (_: unknown, o: Opening) => (
                    <Space>
                      <Button size="small" type="link" onClick={() => open(o)}>
                        {t('openings.action.edit')}
                      </Button>
                      <Popconfirm title={t('openings.confirm.archive')} onConfirm={() => void archive(o)}>
                        <Button size="small" type="link" danger>
                          {t('openings.action.archive')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormDialog open={editing !== null} title={editing === 'new' ? t('openings.action.add') : t('openings.action.edit')} onOk={submit} busy={busy} onCancel={() => setEditing(null)} forceRender>
        <Form form={form} layout="vertical">
          <Form.Item
            name="weekday"
            label={t('openings.column.weekday')}
            rules={[{ required: true, message: t('errors:field.required') }]}
            extra={editing === 'new' ? t('openings.field.weekdaysHelp') : undefined}
          >
            <Select mode={editing === 'new' ? 'multiple' : undefined} options={WEEKDAYS.map((n) => ({ value: n, label: weekday(n) }))} />
          </Form.Item>
          <Form.Item name="startTime" label={t('openings.column.start')} rules={timeRules}>
            <Input placeholder="16:30" maxLength={5} />
          </Form.Item>
          <Form.Item name="endTime" label={t('openings.column.end')} rules={timeRules}>
            <Input placeholder="18:30" maxLength={5} />
          </Form.Item>
          <Form.Item name="teachersNeeded" label={t('openings.column.needed')} rules={[{ required: true, message: t('errors:field.required') }]}>
            <InputNumber min={1} max={10} />
          </Form.Item>
        </Form>
      </FormDialog>
    </Card>
  );
}
