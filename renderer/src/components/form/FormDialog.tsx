// The dialog a short form sits in: OK saves (a form that does not validate stays open, its fields
// marked), and the refusal's words, if the form shows them as an alert, stand under the fields.
import { Alert, Modal, type ModalProps } from 'antd';
import type { ReactNode } from 'react';

interface Props extends Pick<ModalProps, 'title' | 'okText' | 'cancelText' | 'okButtonProps' | 'width'> {
  /** The form is filled before the dialog opens, so it stays mounted while hidden (else it is dropped on closing). */
  forceRender?: boolean;
  open: boolean;
  busy: boolean;
  problem?: string | null;
  onCancel(): void;
  /** Validates and saves; a rejection (fields that do not validate) keeps the dialog as it is. */
  onOk(): Promise<unknown> | void;
  children: ReactNode;
}

export function FormDialog({ open, busy, problem, onCancel, onOk, forceRender, children, ...modal }: Props) {
  return (
    <Modal {...modal} open={open} onOk={() => void Promise.resolve(onOk()).catch(() => undefined)} confirmLoading={busy} onCancel={onCancel} forceRender={forceRender} destroyOnHidden={!forceRender}>
      {children}
      {problem && <Alert type="error" showIcon title={problem} />}
    </Modal>
  );
}
