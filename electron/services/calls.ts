// PLACEHOLDER — replaced by the calls helper.
import type { KioskChildStatus } from '../../shared/domain';
import type { ServiceDeps } from './deps';

export function createCallsService(_deps: ServiceDeps) {
  return {
    /** The child's active booking as the kiosk shows it (position in the fair-rotation queue), or null. */
    async bookingOf(_childId: number): Promise<KioskChildStatus['booking']> {
      return null;
    },
  };
}
