// "2026-autumn" in words: 2026年秋季学期, Autumn 2026.
import type { TFunction } from 'i18next';

export const semesterName = (t: TFunction<'helpers'>, semester: string) => t(`shared.semester.${semester.endsWith('spring') ? 'spring' : 'autumn'}`, { year: semester.slice(0, 4) });
