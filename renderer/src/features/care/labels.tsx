// Small pieces every care screen shows the same way: duties, kinds, a record's particulars.
import { Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PARENT_RELATIONS, type CareDuty, type CareKind, type CareRecord, type DueItem, type FollowUp, type ParentRelation } from '../../../../shared/domain';

/** The record kind that fulfils each duty: "write a record" opens the form on it. */
export const KIND_OF_DUTY: Record<CareDuty, CareKind> = { talk: 'talk', contact: 'contact', visit: 'home_visit', letter: 'letter' };

export const KIND_COLORS: Record<CareKind, string> = {
  talk: 'orange',
  contact: 'blue',
  home_visit: 'green',
  letter: 'purple',
  growth: 'cyan',
  counselling: 'magenta',
};

export function KindTag({ kind }: { kind: CareKind }) {
  const { t } = useTranslation(['care']);
  return <Tag color={KIND_COLORS[kind]}>{t(`care:shared.kind.${kind}`)}</Tag>;
}

/** 谈心 · 逾期 in red, 家访 · 待完成 in gold; the tooltip says when it was last done and until when. */
export function DutyTag({ item }: { item: DueItem }) {
  const { t } = useTranslation(['care']);
  const last = item.lastDone ? t('care:due.value.lastDone', { date: item.lastDone }) : t('care:due.value.never');
  return (
    <Tooltip title={`${last} · ${t('care:due.value.periodEnds', { date: item.periodEnds })}`}>
      <Tag color={item.status === 'overdue' ? 'red' : 'gold'} data-duty={item.duty}>
        {t(`care:shared.duty.${item.duty}`)} · {t(`care:shared.status.${item.status}`)}
      </Tag>
    </Tooltip>
  );
}

const isRelation = (v: string): v is ParentRelation => (PARENT_RELATIONS as readonly string[]).includes(v);

/** What to do: the writer's note, the app's own words for a parent not reached, or a redaction. */
export function FollowUpNote({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation(['care', 'common']);
  if (followUp.redacted) return <Typography.Text type="secondary">{t('care:followUps.value.redacted')}</Typography.Text>;
  if (followUp.reason === 'talk' || followUp.reason === 'talk_counsellor') return <>{t(followUp.reason === 'talk' ? 'care:talk.value.teacher' : 'care:talk.value.counsellor')}</>;
  if (followUp.reason === 'parent_unreached') {
    const relation = isRelation(followUp.note) ? t(`common:enums.parentRelation.${followUp.note}`) : followUp.note;
    return <>{t('care:followUps.value.unreached', { relation })}</>;
  }
  return <>{followUp.note}</>;
}

/** A follow-up's note and due date; red once the date has passed. */
export function FollowUpLine({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation(['care']);
  const late = !followUp.doneAt && dayjs(followUp.dueOn).isBefore(dayjs(), 'day');
  return (
    <Typography.Text type={late ? 'danger' : undefined}>
      <FollowUpNote followUp={followUp} />
      {t('care:followUps.value.dueOn', { date: followUp.dueOn })}
    </Typography.Text>
  );
}

/** What a record is about besides its text: whom a contact reached and how, who a visit met … */
export function RecordParticulars({ record }: { record: CareRecord }) {
  const { t } = useTranslation(['care']);
  const parts: string[] = [];
  if (record.contactWith) parts.push(t(`care:shared.contactWith.${record.contactWith}`));
  if (record.contactMode) parts.push(t(`care:shared.contactMode.${record.contactMode}`));
  if (record.metWith) parts.push(t('care:records.value.metWith', { who: record.metWith }));
  if (record.growthArea) parts.push(t(`care:shared.growthArea.${record.growthArea}`));
  if (record.kind === 'letter') {
    parts.push(t('care:records.value.letterTo', { who: record.letterTo ?? '' }));
    parts.push(record.letterSentOn ? t('care:records.value.sentOn', { date: record.letterSentOn }) : t('care:records.value.notSent'));
  }
  if (record.fromCall) parts.push(t('care:records.value.fromCall'));
  return <>{parts.join(' · ')}</>;
}

/** The record's text; a counselling record a non-counsellor reads says only that it exists. */
export function RecordText({ record }: { record: CareRecord }) {
  const { t } = useTranslation(['care']);
  if (record.redacted) return <Typography.Text type="secondary">{t('care:records.value.redacted')}</Typography.Text>;
  if (record.kind === 'letter') return <Typography.Text type="secondary">{t('care:records.value.letterPrivate')}</Typography.Text>;
  return <span style={{ whiteSpace: 'pre-wrap' }}>{record.text ?? ''}</span>;
}
