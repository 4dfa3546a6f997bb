// The handover sheets after the step: every class in one PDF (a page each), or one class.
import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassGroup } from '../../../../shared/domain';
import { call } from '../../api';
import { useBusy } from '../../components/useBusy';
import { savePdf } from '../../components/files';
import { useLetterLanguage } from '../care/letterMonths';

export function HandoverButtons() {
  const { t } = useTranslation(['schoolYear', 'common']);
  const language = useLetterLanguage();
  const [classes, setClasses] = useState<ClassGroup[]>([]);
  const [picked, setPicked] = useState<string | null>(null);
  const { busy, run } = useBusy();

  useEffect(() => {
    call('kiosk.classes', {}).then(
      (all) => setClasses(all.filter((c) => c.grade !== null && c.classNo !== null)),
      () => setClasses([]),
    );
  }, []);

  const print = (input: { grade?: number; classNo?: number }) => run(async () => savePdf(await call('schoolYear.handoverPdf', { ...input, language })));
  const one = classes.find((c) => `${c.grade}-${c.classNo}` === picked);

  return (
    <Space wrap>
      <Button icon={<FilePdfOutlined />} loading={busy} onClick={() => void print({})}>
        {t('handover.all')}
      </Button>
      <Select
        aria-label={t('handover.pick')}
        placeholder={t('handover.pick')}
        style={{ width: 160 }}
        value={picked}
        onChange={setPicked}
        options={classes.map((c) => ({ value: `${c.grade}-${c.classNo}`, label: t('common:class.label.gradeClass', { grade: c.grade, classNo: c.classNo }) }))}
      />
      <Button icon={<FilePdfOutlined />} disabled={!one || busy} onClick={() => one && void print({ grade: one.grade ?? undefined, classNo: one.classNo ?? undefined })}>
        {t('handover.one')}
      </Button>
    </Space>
  );
}
