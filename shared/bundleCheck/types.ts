// What the bundle check finds, shared by the office screen, the office import and the CLI.
import type { Manifest, WeekSummary } from '../bundle';
import type { LogSheetKey, SheetRow } from './sheets';

export type BundleProblem =
  | { kind: 'manifest_unreadable' }
  | { kind: 'manifest_invalid'; field: string }
  | { kind: 'missing'; file: string }
  | { kind: 'changed'; file: string }
  | { kind: 'unlisted'; file: string }
  /** A CSV that is not UTF-8 CSV, or lacks a column the figures need. */
  | { kind: 'csv_unreadable'; file: string }
  | { kind: 'csv_column'; file: string; column: string }
  /** A figure of manifest.json that its own files do not bear out. */
  | { kind: 'figure'; field: string; manifest: number; files: number }
  /** Another bundle of the same room, week and revision with different content: which one is right is unknown. */
  | { kind: 'duplicate'; folder: string };

/** Care coverage at the week's end, from care.csv's total row (percent); null in bundles older than care records. */
export interface CareFigures {
  children: number;
  talkShare: number;
  contactShare: number;
  visitShare: number;
  letterShare: number;
}

/** The week's figures as recomputed from the bundle's CSVs. */
export interface BundleFigures extends WeekSummary {
  care: CareFigures | null;
}

export type BundleSheets = { [K in LogSheetKey]: SheetRow<K>[] };

/**
 * How a bundle counts for its week: `current` is the week's export (the highest revision that passed);
 * `superseded` passed but a later revision corrects it; `partial` passed but was taken while the week
 * ran, so it never counts; `failed` has problems and counts nowhere.
 */
export type BundleStatus = 'current' | 'superseded' | 'partial' | 'failed';

export interface BundleCheck {
  /** The folder holding manifest.json, relative to the picked folder ('' when it is the picked folder). */
  folder: string;
  manifest: Manifest | null;
  /** Recomputed from the CSVs; null when they could not be read. */
  figures: BundleFigures | null;
  /** The rows of every log, by column key (empty when the CSVs could not be read). */
  sheets: BundleSheets | null;
  /** SHA-256 over every file's name and hash: byte-identical copies share it. */
  fingerprint: string;
  problems: BundleProblem[];
  status: BundleStatus;
  /** Other folders holding a byte-identical copy, counted once with this one. */
  copies: string[];
  /** For a superseded bundle: the folder of the revision that replaces it. */
  supersededBy: string | null;
}
