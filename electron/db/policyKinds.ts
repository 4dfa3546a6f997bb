// The kinds of column the data policy (dataPolicy.ts) gives each column of a child's data: what
// erasure, her data export, the files leaving the PC and the kiosk do with it. Apart to keep that file short.

/**
 * What erasure leaves in the column: `keep` (what anonymous counts need: dates, kinds, grade, gender),
 * `null`, `empty` (a NOT NULL text column), `placeholder` (the child's name becomes 已删除#id), or
 * `birthYear` (1 January of the year, for counts by age).
 */
export type Erasure = 'keep' | 'null' | 'empty' | 'placeholder' | 'birthYear';
/** Whether a file leaving the PC may carry it: never, always, or only when the admin ticks "包含备注和联系方式". */
export type Carry = 'never' | 'always' | 'contacts';

export interface ColumnPolicy {
  /** Her data export (PIPL art. 45) hands it over; false for ids and links, which mean nothing outside. */
  dataExport: boolean;
  erasure: Erasure;
  /** The weekly bundle to the school office. */
  bundle: Carry;
  /** The register (台账) of left-behind children. */
  register: Carry;
  /** The kiosk, which anyone at the room PC can read, may show it. */
  kiosk: boolean;
  /** Its values name or reach a person: erasure also scrubs them out of the audit log's details. */
  identifies?: true;
}

/** Ids and links: meaningless outside the file, kept by erasure so the rows still count. */
export const link = { dataExport: false, erasure: 'keep', bundle: 'always', register: 'never', kiosk: true } as const satisfies ColumnPolicy;
/** When and what: dates, kinds, statuses. Kept for the counts; not personal once the name is gone. */
export const fact = { dataExport: true, erasure: 'keep', bundle: 'always', register: 'never', kiosk: false } as const satisfies ColumnPolicy;
/** Row bookkeeping (created/updated stamps). */
export const stamp = { dataExport: false, erasure: 'keep', bundle: 'never', register: 'never', kiosk: false } as const satisfies ColumnPolicy;
/** Who someone is or how to reach them: erased; out of the PC only under the contacts option. */
export const contact = { dataExport: true, erasure: 'null', bundle: 'contacts', register: 'contacts', kiosk: false } as const satisfies ColumnPolicy;
/** What a teacher wrote: erased; out of the PC only under the contacts-and-notes option. */
export const note = { dataExport: true, erasure: 'null', bundle: 'contacts', register: 'never', kiosk: false } as const satisfies ColumnPolicy;
/** Sensitive text that never leaves the PC except in her own data export. */
export const secret = { dataExport: true, erasure: 'null', bundle: 'never', register: 'never', kiosk: false } as const satisfies ColumnPolicy;

export const stamps = { created_at: stamp, updated_at: stamp };
/**
 * The helpers' and the room's own rows (a helper, her visit, an aid): not a child's, so erasure leaves them;
 * her data export shows what her links join from them (childData.ts), the bundle only their counts.
 */
export const roomFact = { dataExport: false, erasure: 'keep', bundle: 'never', register: 'never', kiosk: false } as const satisfies ColumnPolicy;
/** A helper's name or phone: a person's contact, which no file leaving the PC carries. */
export const helperContact = { ...roomFact, identifies: true } as const satisfies ColumnPolicy;
