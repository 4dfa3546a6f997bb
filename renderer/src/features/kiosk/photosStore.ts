// The photos the kiosk shows (issue 16): asked for once per list of children on the screen, only those
// not asked for yet, and forgotten when the kiosk goes back to its start, so a photo deleted or a
// consent withdrawn in staff mode is gone from the kiosk by the next child.
import { useEffect } from 'react';
import { create } from 'zustand';
import { call } from '../../api';

/** kiosk.photos takes at most this many children per call. */
const CHUNK = 120;

interface PhotosState {
  photos: Record<number, string>;
  asked: Set<number>;
  load(childIds: readonly number[]): Promise<void>;
  forget(): void;
}

export const useKioskPhotos = create<PhotosState>((set, get) => ({
  photos: {},
  asked: new Set(),
  load: async (childIds) => {
    const asked = get().asked;
    const missing = childIds.filter((id) => !asked.has(id));
    if (missing.length === 0) return;
    for (const id of missing) asked.add(id);
    for (let i = 0; i < missing.length; i += CHUNK) {
      try {
        const found = await call('kiosk.photos', { childIds: missing.slice(i, i + CHUNK) });
        if (get().asked !== asked || found.length === 0) continue;
        set((s) => ({ photos: { ...s.photos, ...Object.fromEntries(found.map((p) => [p.childId, p.photo])) } }));
      } catch {
        // No photo is no harm: her initial shows instead, and the next list asks again.
        for (const id of missing.slice(i, i + CHUNK)) asked.delete(id);
      }
    }
  },
  forget: () => set({ photos: {}, asked: new Set() }),
}));

/** Asks for the photos of the children a screen lists, whenever the list changes. */
export function useLoadPhotos(childIds: readonly number[]): void {
  const load = useKioskPhotos((s) => s.load);
  const key = childIds.join(',');
  useEffect(() => {
    if (key) void load(key.split(',').map(Number));
  }, [key, load]);
}
