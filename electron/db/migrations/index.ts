// Every migration, in order. Imported statically so a bundled build carries them all.
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
import type { Kysely } from 'kysely';
import * as m0001 from './0001_init';
import * as m0002 from './0002_children';
import * as m0003 from './0003_visits_calls';
import * as m0004 from './0004_library';
import * as m0005 from './0005_activities_roster';
import * as m0006 from './0006_exports_backups';
import * as m0007 from './0007_care';
import * as m0008 from './0008_access_erasure';
import * as m0009 from './0009_district_indexes';
import * as m0010 from './0010_calls_overdue';
import * as m0011 from './0011_catalogue_paging';
import * as m0012 from './0012_care_counts';
import * as m0013 from './0013_child_ethnicity';
import * as m0014 from './0014_export_revisions';
import * as m0015 from './0015_child_nullable';
import * as m0016 from './0016_collectors';
import * as m0017 from './0017_child_hukou';
import * as m0018 from './0018_child_health';
import * as m0019 from './0019_child_survey';
import * as m0020 from './0020_child_photo';
import * as m0021 from './0021_talk_request';
import * as m0022 from './0022_parent_birthday';
import * as m0023 from './0023_lecture';
import * as m0024 from './0024_school_year';
import * as m0025 from './0025_helpers';
import * as m0026 from './0026_incident';
import * as m0027 from './0027_call_channel';
import * as m0028 from './0028_week_export';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>): Promise<void>;
  /**
   * The migration rebuilds a table that others reference (SQLite's 12-step procedure): the runner turns
   * foreign keys off before its transaction (they cannot be turned off inside one), checks every
   * reference with `PRAGMA foreign_key_check` before committing, and turns them back on after.
   */
  rebuildsTables?: boolean;
}

export const migrations: Migration[] = [
  { version: 1, name: '0001_init', up: m0001.up },
  { version: 2, name: '0002_children', up: m0002.up },
  { version: 3, name: '0003_visits_calls', up: m0003.up },
  { version: 4, name: '0004_library', up: m0004.up },
  { version: 5, name: '0005_activities_roster', up: m0005.up },
  { version: 6, name: '0006_exports_backups', up: m0006.up },
  { version: 7, name: '0007_care', up: m0007.up },
  { version: 8, name: '0008_access_erasure', up: m0008.up },
  { version: 9, name: '0009_district_indexes', up: m0009.up },
  { version: 10, name: '0010_calls_overdue', up: m0010.up },
  { version: 11, name: '0011_catalogue_paging', up: m0011.up },
  { version: 12, name: '0012_care_counts', up: m0012.up },
  { version: 13, name: '0013_child_ethnicity', up: m0013.up },
  { version: 14, name: '0014_export_revisions', up: m0014.up },
  { version: 15, name: '0015_child_nullable', up: m0015.up, rebuildsTables: true },
  { version: 16, name: '0016_collectors', up: m0016.up },
  { version: 17, name: '0017_child_hukou', up: m0017.up },
  { version: 18, name: '0018_child_health', up: m0018.up },
  { version: 19, name: '0019_child_survey', up: m0019.up },
  { version: 20, name: '0020_child_photo', up: m0020.up },
  { version: 21, name: '0021_talk_request', up: m0021.up },
  { version: 22, name: '0022_parent_birthday', up: m0022.up },
  { version: 23, name: '0023_lecture', up: m0023.up },
  { version: 24, name: '0024_school_year', up: m0024.up },
  { version: 25, name: '0025_helpers', up: m0025.up },
  { version: 26, name: '0026_incident', up: m0026.up },
  { version: 27, name: '0027_call_channel', up: m0027.up },
  { version: 28, name: '0028_week_export', up: m0028.up },
];

// The highest number; the list runs 1, 2, 3 … without a gap (a branch renumbers its migration on merging).
export const LATEST_VERSION = Math.max(...migrations.map((m) => m.version));
