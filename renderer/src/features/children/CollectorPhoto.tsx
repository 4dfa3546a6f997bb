// One collector's face in her list: the kiosk shows it when she taps 家人来接, so a child who cannot
// read picks her grandmother by her face. Offered only while the child's photo consent is on file.
import { CameraOutlined, DeleteOutlined, PictureOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Collector } from '../../../../shared/domain';
import { call } from '../../api';
import { usePhotoPicker } from './usePhotoPicker';

interface Props {
  childId: number;
  collector: Collector;
  editable: boolean;
  onSaved(list: Collector[]): void;
}

export function CollectorPhoto({ childId, collector, editable, onSaved }: Props) {
  const { t } = useTranslation('children');
  const setPhoto = async (photo: string | null) => onSaved(await call('collectors.setPhoto', { childId, collectorId: collector.id, photo }));
  const picker = usePhotoPicker(setPhoto, t('collectors.photo.file', { name: collector.name }));
  return (
    <Space size={4}>
      <Avatar shape="square" size={40} src={collector.photo ?? undefined} icon={<UserOutlined />} alt={t('photo.alt', { name: collector.name })} />
      {editable && (
        <>
          <Button size="small" type="text" icon={<CameraOutlined />} aria-label={t('collectors.photo.camera', { name: collector.name })} loading={picker.busy} onClick={picker.camera} />
          <Button size="small" type="text" icon={<PictureOutlined />} aria-label={t('collectors.photo.file', { name: collector.name })} onClick={picker.file} />
          {collector.photo && (
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('collectors.photo.delete', { name: collector.name })}
              onClick={() => void picker.run(() => setPhoto(null))}
            />
          )}
        </>
      )}
      {picker.nodes}
    </Space>
  );
}
