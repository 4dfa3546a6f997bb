// Finding herself without typing: first her class, then her name among her classmates.
import { FontSizeOutlined, SmileOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingRing } from '../../components/LoadingRing';
import { isOtherClass, type ClassRef } from '../../../../shared/classOrder';
import { ClassText, NameCard, Problem, ScreenHead } from './parts';
import { useKiosk } from './kioskStore';
import { useKioskPhotos, useLoadPhotos } from './photosStore';
import { KioskButton } from './KioskButton';

const OTHER_COLOUR = '#dee2e6';
const GRADE_COLOURS = ['#ffe066', '#ffa94d', '#8ce99a', '#74c0fc', '#e599f7', '#ff8787', '#63e6be', '#91a7ff', '#ffc078'];

export function ClassesScreen() {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const classes = useKiosk((s) => s.classes);
  const loading = useKiosk((s) => s.loading);
  const openClass = useKiosk((s) => s.openClass);

  return (
    <main className="kiosk-screen">
      <ScreenHead title={t('classes.title.pick')} />
      <Problem />
      {loading && <LoadingRing />}
      <section className="kiosk-grid">
        {classes.map((c) => (
          <KioskButton
            key={`${c.grade}-${c.classNo}`}
            className="kiosk-class"
            style={{ background: c.grade === null ? OTHER_COLOUR : GRADE_COLOURS[(c.grade - 1) % GRADE_COLOURS.length] }}
            onClick={() => void openClass(c.grade, c.classNo)}
          >
            <ClassText grade={c.grade} classNo={c.classNo} />
          </KioskButton>
        ))}
        {!loading && classes.length === 0 && <p className="kiosk-empty">{t('classes.empty.none')}</p>}
      </section>
    </main>
  );
}

export function ClassScreen({ grade, classNo }: ClassRef) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const children = useKiosk((s) => s.classChildren);
  const loading = useKiosk((s) => s.loading);
  const openChild = useKiosk((s) => s.openChild);
  useLoadPhotos(children.map((c) => c.id));
  const withPhoto = useKioskPhotos((s) => children.filter((c) => s.photos[c.id]).length);
  // Faces only by default once most of the class has photos; a tap on the switch changes it.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const faces = chosen ?? (withPhoto > 0 && withPhoto * 2 >= children.length);

  return (
    <main className="kiosk-screen">
      <ScreenHead
        title={t(faces ? 'class.title.pickFace' : 'class.title.pick', {
          className: isOtherClass({ grade, classNo }) ? t('classes.label.other') : t('common:class.label.gradeClass', { grade, classNo }),
        })}
      />
      <Problem />
      {loading && <LoadingRing />}
      {withPhoto > 0 && (
        <KioskButton className="kiosk-faces" icon={faces ? <FontSizeOutlined /> : <SmileOutlined />} aria-pressed={faces} onClick={() => setChosen(!faces)}>
          {faces ? t('class.action.names') : t('class.action.faces')}
        </KioskButton>
      )}
      <section className={faces ? 'kiosk-grid kiosk-grid--faces' : 'kiosk-grid'}>
        {children.map((child) => (
          <NameCard key={child.id} child={child} showClass={false} face={faces} onPick={(id) => void openChild(id)} />
        ))}
        {!loading && children.length === 0 && <p className="kiosk-empty">{t('class.empty.none')}</p>}
      </section>
    </main>
  );
}
