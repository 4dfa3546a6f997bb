// One child's file as staff see it: situation, guardian, parents, surrogate parent, consent; from here
// her care records and printable growth file.
import { HeartOutlined, MailOutlined, ProfileOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Empty, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildFile } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { useAuth } from '../auth/authStore';
import { ChildRecordsDrawer } from '../care/ChildRecords';
import { GrowthFileView } from '../care/GrowthFileView';
import { ParentLetterDialog } from '../care/ParentLetterDialog';
import { ArchiveDialog } from './ArchiveDialog';
import { ChildHistory } from './ChildHistory';
import { HEALTH_FIELDS } from './childForm';
import { ChildFormDrawer } from './ChildFormDrawer';
import { ChildHelpers } from './ChildHelpers';
import { CollectorsSection } from './CollectorsSection';
import { PhotoSection } from './PhotoSection';
import { ClassLabel, GenderText, RelationText } from '../../components/childLabels';
import { SituationTags } from './labels';
import { useChildren } from './childrenStore';

interface Props {
  childId: number | null;
  onClose(): void;
}

export function ChildDetailDrawer({ childId, onClose }: Props) {
  const { t } = useTranslation(['children', 'common', 'errors', 'care']);
  const { message } = App.useApp();
  const isAdmin = useAuth((s) => s.session.role === 'admin');
  const restore = useChildren((s) => s.restore);
  const [child, setChild] = useState<ChildFile | null>(null);
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const [careOpen, setCareOpen] = useState(false);
  const [growthOpen, setGrowthOpen] = useState(false);
  const [letterOpen, setLetterOpen] = useState(false);
  const [photoConsent, setPhotoConsent] = useState(false);

  const load = useCallback(async () => {
    if (childId === null) return;
    try {
      setChild(await call('children.get', { id: childId }));
    } catch (e) {
      message.error(errorMessage(e));
      onClose();
    }
  }, [childId, message, onClose, t]);

  useEffect(() => {
    setChild(null);
    void load();
  }, [load]);

  const doRestore = async (id: number) => {
    try {
      setChild(await restore(id));
      message.success(t('detail.message.restored'));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const dash = (v: string | null) => v || '—';

  return (
    <Drawer
      open={childId !== null}
      onClose={onClose}
      size="large"
      title={child ? t('detail.title.main', { name: child.name }) : ''}
      extra={
        child && (
          <Space>
            <Button icon={<HeartOutlined />} onClick={() => setCareOpen(true)}>
              {t('detail.action.careRecords')}
            </Button>
            <Button icon={<ProfileOutlined />} onClick={() => setGrowthOpen(true)}>
              {t('detail.action.growthFile')}
            </Button>
            <Button icon={<MailOutlined />} onClick={() => setLetterOpen(true)}>
              {t('care:letter.open')}
            </Button>
            {isAdmin &&
              (child.archived ? (
                <Button onClick={() => void doRestore(child.id)}>{t('detail.action.restore')}</Button>
              ) : (
                <>
                  <Button danger onClick={() => setArchiving(true)}>
                    {t('detail.action.archive')}
                  </Button>
                  <Button type="primary" onClick={() => setEditing(true)}>
                    {t('detail.action.edit')}
                  </Button>
                </>
              ))}
          </Space>
        )
      }
    >
      {!child ? (
        <Spin />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {child.archived && <Alert type="warning" showIcon title={t('detail.alert.archived', { reason: child.archiveReason ?? '' })} />}
          {child.consentMissing && <Alert type="error" showIcon title={t('detail.alert.consentMissing')} />}
          <Descriptions title={t('detail.section.basic')} bordered size="small" column={2}>
            <Descriptions.Item label={t('form.field.name')}>{child.name}</Descriptions.Item>
            <Descriptions.Item label={t('form.field.gender')}>
              <GenderText gender={child.gender} />
            </Descriptions.Item>
            <Descriptions.Item label={t('form.field.birthDate')}>{dash(child.birthDate)}</Descriptions.Item>
            <Descriptions.Item label={t('form.field.ethnicity')}>{dash(child.ethnicity)}</Descriptions.Item>
            <Descriptions.Item label={t('form.field.hukou')}>{dash(child.hukou)}</Descriptions.Item>
            <Descriptions.Item label={t('form.field.class')}>
              <ClassLabel grade={child.grade} classNo={child.classNo} />
            </Descriptions.Item>
            <Descriptions.Item label={t('form.field.studentNo')}>{dash(child.studentNo)}</Descriptions.Item>
            <Descriptions.Item label={t('form.field.boarding')}>{t(child.boarding ? 'common:yesNo.yes' : 'common:yesNo.no')}</Descriptions.Item>
            <Descriptions.Item label={t('form.field.situation')} span={2}>
              <SituationTags child={child} />
            </Descriptions.Item>
          </Descriptions>
          <Descriptions title={t('detail.section.guardian')} bordered size="small" column={2}>
            <Descriptions.Item label={t('form.field.guardianName')}>{dash(child.guardianName)}</Descriptions.Item>
            <Descriptions.Item label={t('form.field.guardianRelation')}>
              <RelationText relation={child.guardianRelation} />
            </Descriptions.Item>
            <Descriptions.Item label={t('form.field.guardianPhone')}>{dash(child.guardianPhone)}</Descriptions.Item>
            <Descriptions.Item label={t('form.field.guardianAddress')}>{dash(child.guardianAddress)}</Descriptions.Item>
          </Descriptions>
          <Descriptions title={t('detail.section.survey')} bordered size="small" column={2}>
            <Descriptions.Item label={t('form.field.healthStatus')}>{dash(child.healthStatus)}</Descriptions.Item>
            <Descriptions.Item label={t('form.field.incomeSource')}>{dash(child.incomeSource)}</Descriptions.Item>
            <Descriptions.Item label={t('form.field.guardianSituation')} span={2}>
              {dash(child.guardianSituation)}
            </Descriptions.Item>
            <Descriptions.Item label={t('form.field.villageContactName')}>{dash(child.villageContactName)}</Descriptions.Item>
            <Descriptions.Item label={t('form.field.villageContactPhone')}>{dash(child.villageContactPhone)}</Descriptions.Item>
          </Descriptions>
          <Descriptions title={t('detail.section.health')} bordered size="small" column={1}>
            {HEALTH_FIELDS.map((field) => (
              <Descriptions.Item key={field} label={t(`form.field.${field}`)}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{dash(child[field])}</span>
              </Descriptions.Item>
            ))}
          </Descriptions>
          <PhotoSection child={child} isAdmin={isAdmin} onConsent={setPhotoConsent} />
          <CollectorsSection childId={child.id} editable={isAdmin && !child.archived} photos={photoConsent && !child.archived} version={child.updatedAt} />
          <div>
            <Typography.Title level={5}>{t('detail.section.parents')}</Typography.Title>
            {child.parents.length === 0 ? (
              <Empty description={t('detail.empty.parents')} />
            ) : (
              child.parents.map((p) => (
                <Descriptions key={p.id} bordered size="small" column={2} style={{ marginBottom: 12 }}>
                  <Descriptions.Item label={t('form.field.parentName')}>
                    {p.name} ({t(`common:enums.parentRelation.${p.relation}`)})
                  </Descriptions.Item>
                  <Descriptions.Item label={t('form.field.parentPhone')}>{dash(p.phone)}</Descriptions.Item>
                  <Descriptions.Item label={t('form.field.workCity')}>{dash(p.workCity)}</Descriptions.Item>
                  <Descriptions.Item label={t('form.field.employer')}>{dash(p.employer)}</Descriptions.Item>
                  <Descriptions.Item label={t('form.field.bestCallTime')}>{dash(p.bestCallTime)}</Descriptions.Item>
                  <Descriptions.Item label={t('form.field.verifiedOn')}>{dash(p.verifiedOn)}</Descriptions.Item>
                  <Descriptions.Item label={t('form.field.parentBirthday')}>
                    {p.birthday ? t('form.value.monthDay', { month: Number(p.birthday.slice(0, 2)), day: Number(p.birthday.slice(3)) }) : '—'}
                  </Descriptions.Item>
                </Descriptions>
              ))
            )}
          </div>
          <Descriptions title={t('detail.section.care')} bordered size="small" column={1}>
            <Descriptions.Item label={t('form.field.surrogate')}>{dash(child.surrogateName)}</Descriptions.Item>
            <Descriptions.Item label={t('detail.helpers')}>
              <ChildHelpers childId={child.id} />
            </Descriptions.Item>
            <Descriptions.Item label={t('form.field.consent')}>
              {child.consent ? t('detail.consent.signed', { by: child.consent.signedBy, on: child.consent.signedOn, scope: child.consent.scope ?? '' }) : t('detail.consent.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('form.field.notes')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{dash(child.notes)}</Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Title level={5}>{t('detail.section.history')}</Typography.Title>
            <ChildHistory childId={child.id} />
          </div>
        </Space>
      )}
      {child && (
        <>
          <ChildRecordsDrawer child={careOpen ? child : null} onClose={() => setCareOpen(false)} />
          {growthOpen && <GrowthFileView childId={child.id} onClose={() => setGrowthOpen(false)} />}
          <ParentLetterDialog childId={child.id} open={letterOpen} onClose={() => setLetterOpen(false)} />
          <ChildFormDrawer
            open={editing}
            child={child}
            onClose={(saved) => {
              setEditing(false);
              if (saved) setChild(saved);
            }}
          />
          <ArchiveDialog
            child={archiving ? child : null}
            onClose={(archived) => {
              setArchiving(false);
              if (archived) setChild(archived);
            }}
          />
        </>
      )}
    </Drawer>
  );
}
