// Whose contact detail is this? Decides severity for phone, email, address, postcode and ZIP hits.
import { ORG_CUE, PERSON_CUE } from './cues';
import { findCue, sentenceAround, type Span } from './context';
import { possiblePatientIn } from '../people/roles';
import { isOrgText, orgIndex, type OrgIndex } from './org';
import type { Detector, DetectorHit } from './types';
import type { Severity } from '../types';

/** `severity` undefined means the rule's own (the strong case). */
export type ContactReading = { severity: Severity | undefined; why: string } | null;

/**
 * A person's (patient, relative) → rule severity (undefined); the organisation's → null (no hit);
 * nobody's in particular → warning. A person cue (or a non-staff name in the sentence) beats an org cue: "call us about Mrs Khan, her
 * mobile is ..." is still Mrs Khan's number.
 */
export function readContactOwner(text: string, span: Span, kind: string, shown: string, index: OrgIndex): ContactReading {
  const sentence = sentenceAround(text, span);
  // "our intake line (410-555-0158) is open ... a clinician will call you back": the label right before the number says whose it is.
  const lead = { start: Math.max(sentence.start, span.start - 32), end: span.start };
  if (findCue(text, ORG_CUE, lead) && !findCue(text, PERSON_CUE, lead) && !possiblePatientIn(text, lead, index)) return null;
  const person = findCue(text, PERSON_CUE, sentence) ?? possiblePatientIn(text, sentence, index);
  if (person) {
    return { severity: undefined, why: `'${shown}' looks like a person's ${kind} (next to '${person.word}'): remove it, or confirm written consent is on file.` };
  }
  if (findCue(text, ORG_CUE, sentence)) return null;
  const lower = text.slice(sentence.start, sentence.end).toLowerCase();
  if (index.names.some((name) => lower.includes(name))) return null;
  return { severity: 'warning', why: `'${shown}' is a ${kind} that is not on the organisation's contact list: if it belongs to a patient or relative, remove it.` };
}

/**
 * A detector for a contact detail found by one pattern (address, postcode, ZIP): skips the org's own
 * (contacts list, org cues) and grades the rest with readContactOwner. `valueGroup` picks the part
 * of the match to report when the pattern includes a lead-in such as a state name.
 */
export function createContactDetector(spec: { id: string; description: string; pattern: RegExp; kind: string; valueGroup?: number }): Detector {
  return {
    meta: { id: spec.id, description: spec.description },
    detect({ text, org }) {
      const index = orgIndex(org);
      const hits: DetectorHit[] = [];
      for (const match of text.matchAll(spec.pattern)) {
        if (isOrgText(index, match[0])) continue;
        const value = spec.valueGroup ? match[spec.valueGroup]! : match[0];
        const end = match.index + match[0].length;
        const span = { start: end - value.length, end };
        const reading = readContactOwner(text, span, spec.kind, value, index);
        if (reading) hits.push({ ...span, severity: reading.severity, detail: reading.why });
      }
      return hits;
    },
  };
}
