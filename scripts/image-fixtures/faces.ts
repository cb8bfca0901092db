// Synthetic faces for the photo fixtures: drawn people (hair, shaded face, eyes with pupils, brows,
// nose, mouth, shoulders), no photograph of anyone. The tiny face detector finds them like faces in
// a phone photo, which is what the consent reminder needs to be tested on.

import type { SKRSContext2D } from '@napi-rs/canvas';

export type Person = { x: number; y: number; size: number; skin: string; shade: string; hair: string; top: string };

export const SKIN_TONES: readonly [string, string][] = [
  ['#e0b08f', '#9c6b4e'],
  ['#c68e68', '#7d5238'],
  ['#8d5b3e', '#4f3021'],
  ['#f1ccb0', '#b98a6c'],
];

export function drawPerson(ctx: SKRSContext2D, { x, y, size: s, skin, shade, hair, top }: Person): void {
  ctx.fillStyle = hair;
  ctx.beginPath();
  ctx.ellipse(x, y - s * 0.25, s * 0.62, s * 0.72, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = skin;
  ctx.fillRect(x - s * 0.2, y + s * 0.5, s * 0.4, s * 0.5);
  ctx.fillStyle = top;
  ctx.beginPath();
  ctx.ellipse(x, y + s * 1.35, s * 1.1, s * 0.6, 0, 0, Math.PI * 2);
  ctx.fill();
  const face = ctx.createRadialGradient(x - s * 0.1, y - s * 0.1, s * 0.1, x, y, s * 0.7);
  face.addColorStop(0, skin);
  face.addColorStop(1, shade);
  ctx.fillStyle = face;
  ctx.beginPath();
  ctx.ellipse(x, y, s * 0.5, s * 0.65, 0, 0, Math.PI * 2);
  ctx.fill();
  for (const side of [-1, 1]) {
    const eyeX = x + side * s * 0.2;
    const eyeY = y - s * 0.1;
    ctx.fillStyle = '#3a2418';
    ctx.fillRect(eyeX - s * 0.12, eyeY - s * 0.13, s * 0.24, s * 0.04);
    ctx.fillStyle = '#f4efe9';
    ctx.beginPath();
    ctx.ellipse(eyeX, eyeY, s * 0.1, s * 0.05, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#3d2b1f';
    ctx.beginPath();
    ctx.arc(eyeX, eyeY, s * 0.045, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#000000';
    ctx.beginPath();
    ctx.arc(eyeX, eyeY, s * 0.02, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.strokeStyle = shade;
  ctx.lineWidth = s * 0.03;
  ctx.beginPath();
  ctx.moveTo(x, y - s * 0.05);
  ctx.lineTo(x - s * 0.06, y + s * 0.15);
  ctx.lineTo(x + s * 0.04, y + s * 0.17);
  ctx.stroke();
  ctx.fillStyle = '#a0463f';
  ctx.beginPath();
  ctx.ellipse(x, y + s * 0.33, s * 0.16, s * 0.05, 0, 0, Math.PI * 2);
  ctx.fill();
}

/** People in a row across the picture at the given height (fractions of the picture's size). */
export function drawPeople(ctx: SKRSContext2D, width: number, height: number, count: number, rowY: number, sizeOfWidth: number, random: () => number): void {
  for (let i = 0; i < count; i += 1) {
    const [skin, shade] = SKIN_TONES[Math.floor(random() * SKIN_TONES.length)]!;
    drawPerson(ctx, {
      x: (width * (i + 0.5)) / count,
      y: height * rowY,
      size: width * sizeOfWidth,
      skin,
      shade,
      hair: random() < 0.5 ? '#2b1d14' : '#6b4a2b',
      top: random() < 0.5 ? '#3b5b8c' : '#2f7d5b',
    });
  }
}
