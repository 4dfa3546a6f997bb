import type { ImportPreview, ImportResult } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { ServiceDeps } from './deps';

export function createChildImportService(_deps: ServiceDeps) {
  return {
    async preview(_input: { fileName: string; dataBase64: string }): Promise<ImportPreview> {
      throw new AppError('import_unreadable');
    },
    async confirm(_input: { fileName: string; dataBase64: string }): Promise<ImportResult> {
      throw new AppError('import_unreadable');
    },
  };
}
