// Finding herself without typing: first her class, then her name among her classmates.
import { Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { isOtherClass, type ClassRef } from '../../../../shared/classOrder';
import { ClassText, NameCard, Problem, ScreenHead } from './parts';
import { useKiosk } from './kioskStore';

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
      {loading && <Spin size="large" />}
      <section className="kiosk-grid">
        {classes.map((c) => (
          <Button
            key={`${c.grade}-${c.classNo}`}
            className="kiosk-class"
            style={{ background: c.grade === null ? OTHER_COLOUR : GRADE_COLOURS[(c.grade - 1) % GRADE_COLOURS.length] }}
            onClick={() => void openClass(c.grade, c.classNo)}
          >
            <ClassText grade={c.grade} classNo={c.classNo} />
          </Button>
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

  return (
    <main className="kiosk-screen">
      <ScreenHead
        title={t('class.title.pick', {
          className: isOtherClass({ grade, classNo }) ? t('classes.label.other') : t('common:class.label.gradeClass', { grade, classNo }),
        })}
      />
      <Problem />
      {loading && <Spin size="large" />}
      <section className="kiosk-grid">
        {children.map((child) => (
          <NameCard key={child.id} child={child} showClass={false} onPick={(id) => void openChild(id)} />
        ))}
        {!loading && children.length === 0 && <p className="kiosk-empty">{t('class.empty.none')}</p>}
      </section>
    </main>
  );
}
