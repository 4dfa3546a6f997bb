// The PC's camera, for a child's photo: a live picture, one click to take it, a look before it is used.
// The camera is released as soon as the dialog closes. With no camera (or none allowed) it says so and
// points to picking a file instead.
import { Alert, Button, Image, Modal, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shrinkPhoto } from './shrinkPhoto';

interface Props {
  open: boolean;
  onCancel(): void;
  /** The taken photo, already small. */
  onTaken(photo: string): void;
}

export function CameraDialog({ open, onCancel, onTaken }: Props) {
  const { t } = useTranslation('children');
  const video = useRef<HTMLVideoElement>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const [taken, setTaken] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let stream: MediaStream | null = null;
    let closed = false;
    setReady(false);
    setFailed(false);
    setTaken(null);
    navigator.mediaDevices
      .getUserMedia({ video: { width: 640, height: 480 }, audio: false })
      .then(async (s) => {
        stream = s;
        if (closed || !video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        setReady(true);
      })
      .catch(() => setFailed(true));
    return () => {
      closed = true;
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [open]);

  const take = () => {
    const v = video.current;
    if (v && v.videoWidth > 0) setTaken(shrinkPhoto(v, v.videoWidth, v.videoHeight));
  };

  return (
    <Modal
      open={open}
      title={t('photo.camera.title')}
      onCancel={onCancel}
      destroyOnHidden
      footer={
        taken ? (
          <Space>
            <Button onClick={() => setTaken(null)}>{t('photo.camera.again')}</Button>
            <Button type="primary" onClick={() => onTaken(taken)}>
              {t('photo.camera.use')}
            </Button>
          </Space>
        ) : (
          <Button type="primary" disabled={!ready} onClick={take}>
            {t('photo.camera.take')}
          </Button>
        )
      }
    >
      {failed && <Alert type="warning" showIcon title={t('photo.camera.none')} />}
      <div style={{ display: taken || failed ? 'none' : 'block', textAlign: 'center' }}>
        <video ref={video} muted playsInline aria-label={t('photo.camera.live')} style={{ width: '100%', maxWidth: 480, background: '#000' }} />
      </div>
      {taken && (
        <div style={{ textAlign: 'center' }}>
          <Image src={taken} alt={t('photo.camera.preview')} width={160} height={160} preview={false} />
        </div>
      )}
    </Modal>
  );
}
