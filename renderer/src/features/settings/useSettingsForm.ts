// A form over some of the room's settings: filled from the store, saved with settings.update, and the
// server's field problems shown under their fields. The settings page and the export schedule use it.
import { App, Form } from 'antd';
import { useEffect } from 'react';
import type { Input } from '../../../../shared/contract';
import type { Settings } from '../../../../shared/domain';
import { useFormSave } from '../../components/form/useFormSave';
import { useSettings } from './settingsStore';

/** K: the settings the form edits (only those settings.update takes). */
export function useSettingsForm<K extends keyof Input<'settings.update'> & keyof Settings>() {
  type V = Pick<Settings, K>;
  const { message } = App.useApp();
  const settings = useSettings((s) => s.settings);
  const update = useSettings((s) => s.update);
  const [form] = Form.useForm<V>();
  const { busy, save: saveForm } = useFormSave(form);

  useEffect(() => {
    if (settings) form.setFieldsValue(settings);
  }, [settings, form]);

  /** Saves, says `savedText`, and answers whether it worked. */
  const save = async (values: V, savedText: string): Promise<boolean> => {
    return saveForm(async () => {
      await update(values);
      message.success(savedText);
    });
  };

  return { form, busy, save };
}
