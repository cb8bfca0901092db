// Whose contact detail is this? Decides severity for phone, email, address, postcode and ZIP hits.
import { ORG_CUE, PERSON_CUE } from './cues';
import { findCue, sentenceAround, type Span } from './context';
import type { Severity } from '../types';

/** `severity` undefined means the rule's own (the strong case). */
export type ContactReading = { severity: Severity | undefined; why: string } | null;

/**
 * A person's (patient, relative) → rule severity (undefined); the organisation's → null (no hit);
 * nobody's in particular → warning. A person cue beats an org cue: "call us about Mrs Khan, her
 * mobile is ..." is still Mrs Khan's number.
 */
export function readContactOwner(text: string, span: Span, kind: string, shown: string): ContactReading {
  const sentence = sentenceAround(text, span);
  const person = findCue(text, PERSON_CUE, sentence);
  if (person) {
    return { severity: undefined, why: `'${shown}' looks like a person's ${kind} (next to '${person.word}'): remove it, or confirm written consent is on file.` };
  }
  if (findCue(text, ORG_CUE, sentence)) return null;
  return { severity: 'warning', why: `'${shown}' is a ${kind} that is not on the organisation's contact list: if it belongs to a patient or relative, remove it.` };
}
