// The icon beside a child in the room who has health notes. The room list knows only that she has some:
// each click fetches the text (children.healthNotes), and the main process logs each opening.
import { MedicineBoxOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthNotes } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';

const FIELDS = [
  ['allergies', 'healthAllergies'],
  ['conditions', 'healthConditions'],
  ['medicines', 'healthMedicines'],
  ['actions', 'healthActions'],
] as const;

export function HealthNotesButton({ childId, childName }: { childId: number; childName: string }) {
  const { t } = useTranslation(['room', 'children']);
  const { message } = App.useApp();
  const [notes, setNotes] = useState<HealthNotes | null>(null);
  const [open, setOpen] = useState(false);

  const toggle = (next: boolean) => {
    setOpen(next);
    // Dropped on close, so the next opening asks (and is logged) again.
    setNotes(null);
    if (!next) return;
    call('children.healthNotes', { id: childId }).then(setNotes, (e: unknown) => {
      setOpen(false);
      message.error(errorMessage(e));
    });
  };

  const content = !notes ? (
    <Spin />
  ) : (
    <div style={{ maxWidth: 360 }}>
      <Descriptions size="small" column={1} bordered>
        {FIELDS.filter(([key]) => notes[key]).map(([key, label]) => (
          <Descriptions.Item key={key} label={t(`children:form.field.${label}`)}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{notes[key]}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('room:present.health.logged')}
      </Typography.Text>
    </div>
  );

  return (
    <Popover trigger="click" open={open} onOpenChange={toggle} title={t('room:present.health.title', { name: childName })} content={content}>
      <Button size="small" type="text" danger icon={<MedicineBoxOutlined />} aria-label={t('room:present.health.icon')} title={t('room:present.health.icon')} />
    </Popover>
  );
}
