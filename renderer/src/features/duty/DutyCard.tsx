// The home page's duty card: the last handover note, her own coming duties, and duty sign-in/out.
import { Alert, App, Button, Card, Empty, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/errors';
import { useBusy } from '../../components/useBusy';
import { useAuth } from '../auth/authStore';
import { useDuty } from './dutyStore';
import { isoWeekday } from './rosterStore';

type Dialog = 'signIn' | 'signOut' | null;

export function DutyCard() {
  const { t } = useTranslation(['roster', 'errors']);
  const { message } = App.useApp();
  const { status, reload, signIn, signOut } = useDuty();
  const refreshSession = useAuth((s) => s.refresh);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { busy, run } = useBusy();
  const [form] = Form.useForm<{ pin?: string; note?: string }>();

  useEffect(() => {
    reload().catch((e: unknown) => message.error(errorMessage(e)));
  }, [reload, message]);

  const submit = async () => {
    const values = await form.validateFields();
    await run(async () => {
      if (dialog === 'signIn') {
        const check = await signIn(values.pin ?? '');
        if (check.status === 'wrong_pin') {
          form.setFields([{ name: 'pin', value: '', errors: [t('duty.pin.wrong', { count: check.attemptsLeft })] }]);
          return;
        }
        if (check.status === 'locked') {
          // Five wrong PINs: the account is locked and the main process has locked this screen.
          message.error(t('duty.pin.locked', { time: dayjs(check.until).format('HH:mm') }));
          setDialog(null);
          await refreshSession();
          return;
        }
        message.success(t('duty.message.signedIn'));
      } else {
        await signOut(values.note?.trim() || null);
        message.success(t('duty.message.signedOut'));
      }
      setDialog(null);
    });
  };

  const current = status?.current ?? null;
  const handover = status?.lastHandover ?? null;
  const upcoming = status?.upcoming.slice(0, 5) ?? [];
  const finished = status?.finishedToday ?? null;
  // Her duty of today is done and none is left today: the card says so rather than offer sign-in again.
  const doneForToday = !current && finished !== null && !upcoming.some((d) => d.date === finished.signedInAt.slice(0, 10));
  const inRoom = status?.childrenInRoom ?? 0;

  const open = (which: Exclude<Dialog, null>) => {
    setDialog(which);
    // The count of children still in the room is read afresh for the sign-out warning.
    if (which === 'signOut') reload().catch((e: unknown) => message.error(errorMessage(e)));
  };

  return (
    <Card
      title={t('duty.card.title')}
      extra={
        current ? (
          <Button type="primary" onClick={() => open('signOut')}>
            {t('duty.action.signOut')}
          </Button>
        ) : doneForToday ? null : (
          <Button type="primary" onClick={() => open('signIn')}>
            {t('duty.action.signIn')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {current ? (
          <Tag color="green">{t('duty.card.onDuty', { time: dayjs(current.signedInAt).format('HH:mm') })}</Tag>
        ) : doneForToday && finished?.signedOutAt ? (
          <Tag color="blue">{t('duty.card.doneToday', { time: dayjs(finished.signedOutAt).format('HH:mm') })}</Tag>
        ) : (
          <Tag>{t('duty.card.offDuty')}</Tag>
        )}
        <Typography.Text strong>{t('duty.handover.title')}</Typography.Text>
        {handover ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            <Typography.Text type="secondary">{t('duty.handover.from', { name: handover.staffName, time: dayjs(handover.at).format('MM-DD HH:mm') })}</Typography.Text>
            <br />
            {handover.note}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('duty.handover.none')}</Typography.Text>
        )}
        <Typography.Text strong>{t('duty.upcoming.title')}</Typography.Text>
        {upcoming.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.upcoming.none')} />
        ) : (
          <List
            size="small"
            dataSource={upcoming}
            renderItem={(d) => (
              <List.Item>
                {dayjs(d.date).format('MM-DD')} {t(`week.weekday.${isoWeekday(d.date)}` as 'week.weekday.1')} {d.startTime}–{d.endTime}
              </List.Item>
            )}
          />
        )}
      </Space>
      <Modal
        open={dialog !== null}
        title={dialog === 'signOut' ? t('duty.action.signOut') : t('duty.action.signIn')}
        okText={t('duty.action.confirm')}
        onOk={() => void submit().catch(() => undefined)}
        confirmLoading={busy}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} onFinish={() => void submit().catch(() => undefined)}>
          {dialog === 'signIn' ? (
            <Form.Item name="pin" label={t('duty.field.pin')} rules={[{ required: true, message: t('errors:field.required') }]}>
              <Input.Password autoFocus inputMode="numeric" maxLength={8} />
            </Form.Item>
          ) : (
            <>
              {inRoom > 0 && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('duty.field.inRoom', { count: inRoom })} />}
              <Form.Item name="note" label={t('duty.field.note')}>
                <Input.TextArea autoFocus rows={4} maxLength={1000} placeholder={t('duty.field.notePlaceholder')} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
