// 从爱心妈妈中选: a caring mother of the room's helpers joins the collectors being edited, with her name
// and phone as the helpers page keeps them, so nobody types them twice.
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Helper } from '../../../../shared/domain';
import { call } from '../../api';

export function CaringMotherPick({ onPick }: { onPick(mother: Helper): void }) {
  const { t } = useTranslation('children');
  const [mothers, setMothers] = useState<Helper[]>([]);

  useEffect(() => {
    // Without her, the choice is simply not offered: typing her in stays possible.
    call('helpers.list', {})
      .then((helpers) => setMothers(helpers.filter((h) => h.kind === 'caring_mother')))
      .catch(() => setMothers([]));
  }, []);

  if (mothers.length === 0) return null;
  return (
    <Select<number>
      aria-label={t('collectors.action.pickMother')}
      placeholder={t('collectors.action.pickMother')}
      style={{ width: 220 }}
      value={null}
      onChange={(id) => {
        const mother = mothers.find((m) => m.id === id);
        if (mother) onPick(mother);
      }}
      options={mothers.map((m) => ({ value: m.id, label: m.phone ? `${m.name} · ${m.phone}` : m.name }))}
    />
  );
}
