import type { DemoSeedResult } from '../../shared/domain';
import type { ServiceDeps } from './deps';

export async function seedDemo(_deps: ServiceDeps): Promise<DemoSeedResult> {
  return { children: 0, staff: [] };
}
