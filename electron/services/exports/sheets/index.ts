// The log sheets of a bundle, in workbook order after the summary. A new log is one more entry.
import { activitiesSheet } from './activities';
import { callsSheet } from './calls';
import { careSheet } from './care';
import { checkinsSheet } from './checkins';
import { dutySheet } from './duty';
import { loansSheet } from './loans';
import type { LogSheet } from './types';

export const LOG_SHEETS: readonly LogSheet[] = [checkinsSheet, callsSheet, loansSheet, activitiesSheet, dutySheet, careSheet];
