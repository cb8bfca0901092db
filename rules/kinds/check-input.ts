// The text being checked and its derived forms, each computed at most once per check and shared by
// every rule. Detector rules also build one for the normalised text, so their context words match
// the same spelling the detector read.
import { foldCase, normaliseLookalikes } from '../text/fold';
import { normaliseText, type NormalisedText } from '../text/normalise';
import type { Platform } from '../types';
import type { CheckInput } from './types';

export function inputFor(text: string, platform: Platform | undefined): CheckInput {
  let normalised: string | undefined;
  let folded: string | undefined;
  let canonical: NormalisedText | undefined;
  let canonicalInput: CheckInput | undefined;
  const normalise = () => (normalised ??= normaliseLookalikes(text));
  const input: CheckInput = {
    text,
    platform,
    normalised: normalise,
    folded: () => (folded ??= foldCase(normalise())),
    canonical: () => (canonical ??= normaliseText(text)),
    canonicalInput: () => (canonicalInput ??= input.canonical().text === text ? input : inputFor(input.canonical().text, platform)),
  };
  return input;
}
