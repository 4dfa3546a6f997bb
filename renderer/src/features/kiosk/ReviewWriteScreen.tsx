// 写读后感's big page. Loaded when a child opens it (KioskHome): it is the kiosk's one antd screen (a TextArea
// with a counter that grows with her words), and antd stays out of the kiosk's first download.
import { SendOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { AntdRoot } from '../../components/AntdRoot';
import { useKioskBooks } from './booksStore';
import { Problem, ScreenHead } from './parts';
import { useKiosk } from './kioskStore';
import { KioskButton } from './KioskButton';
import './books.css';

export function ReviewWriteScreen({ title }: { title: string }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const busy = useKiosk((s) => s.busy);
  const { draft, setDraft, send } = useKioskBooks();

  return (
    <AntdRoot bare>
      <main className="kiosk-screen">
        <ScreenHead title={t('review.title.write', { title })} />
        <Problem />
        <Input.TextArea
          className="kiosk-review"
          autoFocus
          aria-label={t('review.input.label')}
          placeholder={t('review.input.placeholder')}
          value={draft}
          maxLength={2000}
          showCount
          autoSize={{ minRows: 8, maxRows: 14 }}
          // Inline, because Ant Design's own textarea rule outranks a stylesheet's (the text showed at 15 px).
          styles={{ textarea: { fontSize: 26, lineHeight: 1.6, padding: '16px 20px' } }}
          onChange={(e) => setDraft(e.target.value)}
        />
        <KioskButton className="kiosk-action" tone="purple" disabled={busy || !draft.trim()} onClick={() => void send()}>
          <SendOutlined aria-hidden />
          {t('review.action.send')}
        </KioskButton>
      </main>
    </AntdRoot>
  );
}
