// Her photo for the kiosk (issue 16): kept only once an admin records the guardian's consent; taken
// with the PC's camera or picked from a file, drawn small here before it is sent; withdrawing the
// consent deletes it. The kiosk shows it on her card, in the class grid and on her screen.
import { CameraOutlined, DeleteOutlined, PictureOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, DatePicker, Form, Input, Popconfirm, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildFile, ChildPhotoState } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { usePhotoPicker } from './usePhotoPicker';

interface Props {
  child: Pick<ChildFile, 'id' | 'name' | 'guardianName' | 'archived'>;
  isAdmin: boolean;
  /** Told whether her consent is on file, so her collectors' photos can be offered too. */
  onConsent?(consented: boolean): void;
}

export function PhotoSection({ child, isAdmin, onConsent }: Props) {
  const { t } = useTranslation(['children', 'common', 'errors']);
  const { message } = App.useApp();
  const [state, setState] = useState<ChildPhotoState | null>(null);
  const [consenting, setConsenting] = useState(false);
  const [form] = Form.useForm<{ consentBy: string; consentOn: Dayjs }>();
  const { busy: savingConsent, save, problem } = useFormSave(form, { show: 'alert' });
  const picker = usePhotoPicker(async (photo) => setState(await call('children.setPhoto', { childId: child.id, photo })), t('photo.action.file'));
  const { busy, run } = picker;

  useEffect(() => {
    setState(null);
    call('children.photo', { childId: child.id })
      .then(setState)
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [child.id, message]);

  const recordConsent = async () => {
    const values = await form.validateFields();
    await save(async () => {
      setState(await call('children.photoConsent', { childId: child.id, consentBy: values.consentBy.trim(), consentOn: values.consentOn.format('YYYY-MM-DD') }));
      setConsenting(false);
    });
  };

  const withdraw = () =>
    run(async () => {
      setState(await call('children.photoConsent', { childId: child.id, consentBy: null, consentOn: null }));
      message.success(t('photo.message.withdrawn'));
    });

  const remove = () =>
    run(async () => {
      setState(await call('children.deletePhoto', { childId: child.id }));
      message.success(t('photo.message.deleted'));
    });

  const editable = !child.archived;
  const consented = Boolean(state?.consentBy);
  useEffect(() => onConsent?.(consented), [consented, onConsent]);
  return (
    <section aria-label={t('photo.title')}>
      <Typography.Title level={5}>{t('photo.title')}</Typography.Title>
      <Space align="start" size="large">
        <Avatar shape="square" size={120} src={state?.photo ?? undefined} icon={<UserOutlined />} alt={t('photo.alt', { name: child.name })} />
        <Space orientation="vertical">
          {state && (
            <Typography.Text type={consented ? undefined : 'secondary'}>{consented ? t('photo.consent.given', { by: state.consentBy, on: state.consentOn }) : t('photo.consent.none')}</Typography.Text>
          )}
          {editable && consented && (
            <Space wrap>
              <Button icon={<CameraOutlined />} onClick={picker.camera} loading={busy}>
                {t('photo.action.camera')}
              </Button>
              <Button icon={<PictureOutlined />} onClick={picker.file} loading={busy}>
                {t('photo.action.file')}
              </Button>
              {state?.photo && (
                <Popconfirm title={t('photo.confirm.delete')} onConfirm={() => void remove()} okText={t('common:action.delete')} cancelText={t('common:action.cancel')}>
                  <Button icon={<DeleteOutlined />} danger>
                    {t('photo.action.delete')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          )}
          {editable && isAdmin && state && (
            <Space>
              {consented ? (
                <Popconfirm title={t('photo.confirm.withdraw')} onConfirm={() => void withdraw()} okText={t('photo.action.withdraw')} cancelText={t('common:action.cancel')}>
                  <Button>{t('photo.action.withdraw')}</Button>
                </Popconfirm>
              ) : (
                <Button type="primary" onClick={() => setConsenting(true)}>
                  {t('photo.action.consent')}
                </Button>
              )}
            </Space>
          )}
        </Space>
      </Space>
      {picker.nodes}
      <FormDialog title={t('photo.consent.title')} open={consenting} busy={savingConsent} problem={problem} onCancel={() => setConsenting(false)} onOk={recordConsent}>
        <Typography.Paragraph type="secondary">{t('photo.consent.hint')}</Typography.Paragraph>
        {/* Not force-rendered: a hidden modal that stays mounted keeps Escape from the child's drawer under it. */}
        <Form form={form} layout="vertical" initialValues={{ consentBy: child.guardianName ?? '', consentOn: dayjs() }}>
          <Form.Item name="consentBy" label={t('photo.consent.by')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="consentOn" label={t('photo.consent.on')} rules={[{ required: true, message: t('errors:field.required') }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Form>
      </FormDialog>
    </section>
  );
}
