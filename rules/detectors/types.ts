// The detector contract: a named, built-in recogniser of one kind of patient identifier.
// Rules of kind `detector` refer to detectors by id; the rule supplies severity, message and link.

import type { Platform, Severity } from '../types';

/** The organisation's own names and contacts: never reported as a patient's. */
export type OrgContext = { names: string[]; staff: string[]; contacts: string[] };

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
