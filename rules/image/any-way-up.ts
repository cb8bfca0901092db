// Whiteboards and screens are often photographed with the phone held sideways, and the file saved
// without an EXIF orientation: read as it is, the text is scraps of noise. When a reading finds too
// little legible text, the picture is read again turned a quarter each way, and the reading with the
// most legible words wins, its boxes put back into the picture's own pixels (so the thumbnail's boxes
// sit on the words). Upright photos with text, and pictures with next to no text, pay nothing more.
// Turning pixels is the caller's (Node canvas, the browser's OffscreenCanvas): tesseract's own
// rotateRadians keeps the picture's width and height and crops the turned picture's ends.

import type { Box, OcrResult } from './types';

/** Clockwise quarter turns given to the picture before a reading: 1 clockwise, 3 anticlockwise. */
export type QuarterTurn = 1 | 3;
export type Size = { width: number; height: number };
/** Decodes the picture once, then reads it turned (boxes in the turned picture's pixels). */
export type SidewaysReader = () => Promise<{ size: Size; read(turn: QuarterTurn): Promise<OcrResult> }>;

/**
 * A word read with this confidence and at least three letters or digits in a row: sideways text read
 * as it is gives short, unsure scraps instead (measured on the fixture set: none of these).
 */
const LEGIBLE_CONFIDENCE = 70;
const LEGIBLE_WORD = /[\p{L}\p{N}]{3}/u;
/** A reading with fewer legible words than this may be of a sideways picture. */
const ENOUGH_WORDS = 3;
/**
 * ...unless it found hardly anything at all: sideways text still gives many scraps (14 to 36 on the
 * fixtures' sideways photos), a picture without text a handful (corridors, faces: 0 to 6), and
 * sparing those two more readings keeps the common clean photo's check short.
 */
const SCRAPS_OF_TEXT = 10;

/**
 * The wrong way round is upside down, and upside-down print still gives a few confident words ("pad",
 * "NEN"); the reading as a whole is less sure (mean confidence 51 to 70 on the fixtures' sideways
 * photos, against 85 to 96 the right way up). A reading this sure is taken without trying the other way.
 */
const RIGHT_WAY_UP_CONFIDENCE = 80;

function meanConfidence({ words }: OcrResult): number {
  return words.reduce((sum, word) => sum + word.confidence, 0) / Math.max(words.length, 1);
}

export function legibleWords({ words }: OcrResult): number {
  return words.filter((word) => word.confidence >= LEGIBLE_CONFIDENCE && LEGIBLE_WORD.test(word.text)).length;
}

export async function readAnyWayUp(upright: OcrResult, sideways: SidewaysReader): Promise<OcrResult> {
  let best = upright;
  let bestCount = legibleWords(upright);
  if (bestCount >= ENOUGH_WORDS || upright.words.length < SCRAPS_OF_TEXT) return best;
  const turned = await sideways();
  for (const turn of [3, 1] as const) {
    const reading = await turned.read(turn);
    const count = legibleWords(reading);
    if (count > bestCount) {
      best = { words: reading.words.map((word) => ({ ...word, box: boxInPicture(word.box, turn, turned.size) })) };
      bestCount = count;
    }
    if (count >= ENOUGH_WORDS && meanConfidence(reading) >= RIGHT_WAY_UP_CONFIDENCE) break;
  }
  return best;
}

/** A box read in the picture turned by `turn`, in the pixels of the picture as it is (`size`). */
export function boxInPicture(box: Box, turn: QuarterTurn, { width, height }: Size): Box {
  const turnedBack = { width: box.height, height: box.width };
  return turn === 1 ? { x: box.y, y: height - (box.x + box.width), ...turnedBack } : { x: width - (box.y + box.height), y: box.x, ...turnedBack };
}

/** The 2D-context calls a turn needs, shared by Node's canvas and the browser's. */
type TurnableContext<Picture> = {
  translate(x: number, y: number): void;
  rotate(angle: number): void;
  drawImage(picture: Picture, x: number, y: number): void;
};

/** Draws `picture` (of `size`) turned by `turn` onto a context whose canvas is `size` with width and height swapped. */
export function drawTurned<Picture>(context: TurnableContext<Picture>, picture: Picture, turn: QuarterTurn, { width, height }: Size): void {
  if (turn === 1) context.translate(height, 0);
  else context.translate(0, width);
  context.rotate((turn === 1 ? Math.PI : -Math.PI) / 2);
  context.drawImage(picture, 0, 0);
}
