// The two ways a photo comes in, shared by her own photo and her collectors': the PC's camera, or an
// image file, each drawn small (shrinkPhoto.ts) before `store` sends it. `nodes` must be rendered.
import { App } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBusy } from '../../components/useBusy';
import { CameraDialog } from './CameraDialog';
import { shrinkPhotoFile } from './shrinkPhoto';

export function usePhotoPicker(store: (photo: string) => Promise<unknown>, label: string) {
  const { t } = useTranslation('children');
  const { message } = App.useApp();
  const { busy, run } = useBusy();
  const [camera, setCamera] = useState(false);
  const file = useRef<HTMLInputElement>(null);

  const save = (photo: string) =>
    run(async () => {
      await store(photo);
      setCamera(false);
      message.success(t('photo.message.saved'));
    });

  const picked = async (chosen: File | undefined) => {
    if (file.current) file.current.value = '';
    if (!chosen) return;
    let photo: string;
    try {
      photo = await shrinkPhotoFile(chosen);
    } catch {
      message.error(t('photo.message.unreadable', { file: chosen.name }));
      return;
    }
    await save(photo);
  };

  const nodes: ReactNode = (
    <>
      <input ref={file} type="file" accept="image/jpeg,image/png,image/webp,image/*" hidden aria-label={label} onChange={(e) => void picked(e.target.files?.[0])} />
      <CameraDialog open={camera} onCancel={() => setCamera(false)} onTaken={(photo) => void save(photo)} />
    </>
  );
  return { busy, run, camera: () => setCamera(true), file: () => file.current?.click(), nodes };
}
