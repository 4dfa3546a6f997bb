// Small pieces the kiosk screens share: a child's avatar, her name card, the back button, a kind error.
import { ArrowLeftOutlined, CheckOutlined, CloseOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskChild } from '../../../../shared/domain';
import { useKiosk } from './kioskStore';
import { useKioskPhotos } from './photosStore';
import { isOtherClass, type ClassRef } from '../../../../shared/classOrder';
import { KioskButton } from './KioskButton';

const AVATAR_COLOURS = ['#e8590c', '#2b8a3e', '#1971c2', '#9c36b5', '#c2255c', '#0c8599', '#f08c00', '#5f3dc4', '#d6336c', '#37b24d'];

/** The same colour for the same child every time, from her id. */
export function avatarColour(id: number): string {
  return AVATAR_COLOURS[Math.abs(id) % AVATAR_COLOURS.length]!;
}

/** Her photo when the kiosk has one (photosStore.ts), else her initial in her colour. */
export function Avatar({ id, name, size }: { id: number; name: string; size: number }) {
  const photo = useKioskPhotos((s) => s.photos[id]);
  if (photo) return <img className="kiosk-avatar kiosk-avatar--photo" src={photo} alt="" aria-hidden width={size} height={size} />;
  return (
    <span className="kiosk-avatar" aria-hidden style={{ background: avatarColour(id), width: size, height: size, fontSize: Math.round(size * 0.5) }}>
      {Array.from(name)[0] ?? '?'}
    </span>
  );
}

/** A picture: an icon in a coloured circle. SVG, so it looks the same on every PC, emoji font or not. */
export function Bubble({ icon, size, background, color = '#fff' }: { icon: ReactNode; size: number; background: string; color?: string }) {
  return (
    <span className="kiosk-bubble" aria-hidden style={{ width: size, height: size, fontSize: Math.round(size * 0.55), background, color }}>
      {icon}
    </span>
  );
}

/** Her class in words; a child whose row in the child import gave none belongs to "other" (其他). */
export function ClassText({ grade, classNo }: ClassRef) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  if (isOtherClass({ grade, classNo })) return <>{t('classes.label.other')}</>;
  return <>{t('common:class.label.gradeClass', { grade, classNo })}</>;
}

/**
 * A big button with a child's name; its accessible name is her name, the class describes it. As a face
 * card (the class grid's "faces only") her photo fills the card, so she finds herself without reading.
 */
export function NameCard({ child, onPick, showClass = true, face = false }: { child: KioskChild; onPick(id: number): void; showClass?: boolean; face?: boolean }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const describedBy = useId();
  // Faces only: a child with a photo is her photo; one without keeps her name.
  const nameless = useKioskPhotos((s) => face && Boolean(s.photos[child.id]));
  return (
    <KioskButton className={face ? 'kiosk-name kiosk-name--face' : 'kiosk-name'} aria-label={child.name} aria-describedby={describedBy} onClick={() => onPick(child.id)}>
      <Avatar id={child.id} name={child.name} size={face ? 128 : 56} />
      <span className="kiosk-name__text">
        {!nameless && <span className="kiosk-name__name">{child.name}</span>}
        <span id={describedBy} className="kiosk-name__class">
          {showClass && <ClassText grade={child.grade} classNo={child.classNo} />}
          {child.checkedIn && (
            <span className="kiosk-name__in">
              <CheckOutlined aria-hidden /> {t('search.result.checkedIn')}
            </span>
          )}
        </span>
      </span>
    </KioskButton>
  );
}

export function BackButton() {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const back = useKiosk((s) => s.back);
  return (
    <KioskButton className="kiosk-back" icon={<ArrowLeftOutlined />} onClick={back}>
      {t('nav.action.back')}
    </KioskButton>
  );
}

/** A sub-screen's top: the way back and one big question. */
export function ScreenHead({ title }: { title: string }) {
  return (
    <div className="kiosk-head">
      <BackButton />
      <h1 className="kiosk-head__title">{title}</h1>
      <span className="kiosk-head__spacer" />
    </div>
  );
}

/** What went wrong, said gently; the child can carry on. */
export function Problem() {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const problem = useKiosk((s) => s.problem);
  const dismiss = useKiosk((s) => s.dismissProblem);
  if (!problem) return null;
  // Drawn as antd's warning Alert was, with a larger × for small fingers.
  return (
    <div className="kiosk-problem" role="alert">
      <ExclamationCircleFilled className="kiosk-problem__icon" aria-hidden />
      <div className="kiosk-problem__words">
        <div className="kiosk-problem__title">{t('error.title.oops')}</div>
        <div>{problem}</div>
      </div>
      <button type="button" className="kiosk-problem__close" aria-label={t('error.action.close')} onClick={dismiss}>
        <CloseOutlined aria-hidden />
      </button>
    </div>
  );
}
