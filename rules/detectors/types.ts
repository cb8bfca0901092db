// The detector contract: a named, built-in recogniser of one kind of patient identifier.
// Rules of kind `detector` refer to detectors by id; the rule supplies severity, message and link.

import type { OrgLists } from '../schema';
import type { Platform, Severity } from '../types';

/** The organisation's own details: never reported as a patient's. The later profile fields are
 * optional so a detector can be called with just the three lists. */
export type OrgContext = Pick<OrgLists, 'names' | 'staff' | 'contacts'> & Partial<Omit<OrgLists, 'names' | 'staff' | 'contacts'>>;

/** A staff entry's name, whether the directory gave a bare name or { name, role, unit }. */
export const staffName = (entry: OrgContext['staff'][number]): string => (typeof entry === 'string' ? entry : entry.name);

export type DetectorInput = { text: string; platform?: Platform; org: OrgContext };

export type DetectorHit = {
  /** UTF-16 span in the text, end exclusive. */
  start: number;
  end: number;
  /** Set when the detector's own reading of the context is stronger or weaker than the rule's default. */
  severity?: Severity;
  /** Plain, specific explanation of this hit; rule messages can include it as {detail}. */
  detail: string;
  suggestions?: string[];
};

export interface Detector {
  meta: {
    id: string;
    /** One line for admins: what it finds and what it deliberately ignores. */
    description: string;
  };
  detect(input: DetectorInput): DetectorHit[];
}
