// The labelled photo set (issue 11): rendered scenes of the kinds of picture that leak patients
// (handover whiteboards, wristbands, clinic-list screens, labelled X-rays) and clean ones a hospital
// posts every day (corridors, event posters, team boards). Rendered with @napi-rs/canvas, deterministic
// (seeded), at phone resolutions, some tilted or blurred. Used by scripts/make-image-fixtures.ts, the
// image unit tests and the e2e photo tests.

import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import piexif from 'piexifjs';
import { drawTurned, type QuarterTurn } from '../../rules/image/any-way-up';
import { drawPeople } from './faces';

export type Label = 'identifier' | 'clean';

export type Scene = {
  file: string;
  label: Label;
  /** What the picture shows, for the measurement report. */
  description: string;
  width: number;
  height: number;
  rotateDegrees?: number;
  blurPx?: number;
  /**
   * Taken sideways (1: a quarter turn clockwise, 3: anticlockwise): the whole picture turned, the file's
   * width and height swapped, as a phone held sideways saves it without an EXIF orientation.
   */
  quarterTurns?: QuarterTurn;
  /** Latitude, longitude written into EXIF GPS (JPEG only). */
  gps?: [number, number];
  /** How many (synthetic) faces the picture shows: the consent reminder's ground truth. */
  faces?: number;
  draw: (ctx: SKRSContext2D, width: number, height: number, random: () => number) => void;
};

const PHONE_SIZES: [number, number][] = [
  [1080, 1350],
  [1170, 2532],
  [1080, 1920],
  [1284, 2778],
  [1440, 1080],
];

/** mulberry32: small seeded PRNG so every run draws the same pictures. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Photo-like clutter: soft blobs (people, furniture) so the text is not alone on a flat page. */
function clutter(ctx: SKRSContext2D, width: number, height: number, random: () => number, count = 6) {
  for (let i = 0; i < count; i += 1) {
    const hue = Math.floor(random() * 360);
    ctx.fillStyle = `hsla(${hue}, 35%, ${40 + random() * 30}%, 0.55)`;
    ctx.beginPath();
    ctx.ellipse(random() * width, height * (0.55 + random() * 0.45), 60 + random() * 160, 120 + random() * 260, 0, 0, Math.PI * 2);
    ctx.fill();
  }
}

function lines(ctx: SKRSContext2D, texts: readonly string[], x: number, y: number, size: number, color: string, font = 'Liberation Sans') {
  ctx.fillStyle = color;
  ctx.font = `${size}px "${font}"`;
  texts.forEach((text, index) => ctx.fillText(text, x, y + index * size * 1.5));
}

function whiteboard(rows: readonly string[], heading: string) {
  return (ctx: SKRSContext2D, width: number, height: number, random: () => number) => {
    ctx.fillStyle = '#c9c2b4';
    ctx.fillRect(0, 0, width, height);
    const boardWidth = width * 0.86;
    const x = width * 0.07;
    const y = height * 0.12;
    ctx.fillStyle = '#fbfbf8';
    ctx.fillRect(x, y, boardWidth, height * 0.42);
    ctx.strokeStyle = '#8a8a8a';
    ctx.lineWidth = 10;
    ctx.strokeRect(x, y, boardWidth, height * 0.42);
    const size = Math.round(width / 22);
    lines(ctx, [heading], x + 30, y + size * 1.6, size, '#b01818');
    lines(ctx, rows, x + 30, y + size * 3.4, size, '#1a2f8a');
    clutter(ctx, width, height, random);
  };
}

function wristband(name: string, mrn: string, dob: string) {
  return (ctx: SKRSContext2D, width: number, height: number, random: () => number) => {
    ctx.fillStyle = '#d8b79a';
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#f2f2f2';
    const bandY = height * 0.38;
    ctx.fillRect(0, bandY, width, height * 0.2);
    const size = Math.round(width / 20);
    lines(ctx, [name, `MRN ${mrn}  DOB ${dob}`], width * 0.08, bandY + size * 1.5, size, '#111111', 'Liberation Mono');
    clutter(ctx, width, height, random, 3);
  };
}

function clinicList(rows: readonly string[]) {
  return (ctx: SKRSContext2D, width: number, height: number) => {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#005eb8';
    ctx.fillRect(0, 0, width, height * 0.08);
    const size = Math.round(width / 30);
    lines(ctx, ['Outpatient clinic list - Monday'], width * 0.04, height * 0.055, size, '#ffffff');
    lines(ctx, rows, width * 0.04, height * 0.14, size, '#202020');
  };
}

function xray(name: string, dob: string) {
  return (ctx: SKRSContext2D, width: number, height: number) => {
    ctx.fillStyle = '#050505';
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = 'rgba(220,220,220,0.7)';
    for (let i = 0; i < 10; i += 1) ctx.fillRect(width * 0.3, height * (0.25 + i * 0.05), width * 0.4, height * 0.015);
    const size = Math.round(width / 26);
    lines(ctx, [`Patient: ${name}`, `DOB: ${dob}`], width * 0.05, height * 0.07, size, '#f0f0f0');
  };
}

function poster(texts: readonly string[], background: string, ink: string) {
  return (ctx: SKRSContext2D, width: number, height: number, random: () => number) => {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, width, height);
    const size = Math.round(width / 16);
    lines(ctx, texts, width * 0.08, height * 0.2, size, ink);
    clutter(ctx, width, height, random, 4);
  };
}

function corridor(sign: readonly string[]) {
  return (ctx: SKRSContext2D, width: number, height: number, random: () => number) => {
    const gradient = ctx.createLinearGradient(0, 0, 0, height);
    gradient.addColorStop(0, '#e9eef2');
    gradient.addColorStop(1, '#8f9aa3');
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, width, height);
    ctx.strokeStyle = '#6b747c';
    ctx.lineWidth = 6;
    ctx.beginPath();
    ctx.moveTo(0, height);
    ctx.lineTo(width * 0.42, height * 0.45);
    ctx.lineTo(width * 0.58, height * 0.45);
    ctx.lineTo(width, height);
    ctx.stroke();
    if (sign.length > 0) {
      ctx.fillStyle = '#005eb8';
      ctx.fillRect(width * 0.2, height * 0.08, width * 0.6, height * 0.12);
      lines(ctx, sign, width * 0.24, height * 0.13, Math.round(width / 24), '#ffffff');
    }
    clutter(ctx, width, height, random, 5);
  };
}

/** People in a plain room (a team photo, a portrait), optionally over another scene (a ward board). */
function people(count: number, rowY: number, sizeOfWidth: number, behind?: Scene['draw']) {
  return (ctx: SKRSContext2D, width: number, height: number, random: () => number) => {
    if (behind) behind(ctx, width, height, random);
    else {
      ctx.fillStyle = pick(['#d8dde3', '#e8e0d0', '#cfe0e8'], random);
      ctx.fillRect(0, 0, width, height);
    }
    drawPeople(ctx, width, height, count, rowY, sizeOfWidth, random);
  };
}

const NAMES = ['John Smith', 'Margaret Hughes', 'Aisha Patel', 'David Okafor', 'Eleanor Price', 'Tomasz Nowak', 'Grace Williams', 'Peter Lloyd'];
const DATES = ['12/03/1958', '02/07/1949', '23/11/1937', '04/11/1971', '30/01/1944', '17/05/1962'];

function identifierScenes(): Scene[] {
  const random = seeded(11);
  const scenes: Omit<Scene, 'width' | 'height'>[] = [
    { file: 'whiteboard-bed4.png', label: 'identifier', description: 'handover whiteboard: Bed 4 John Smith 12/03/1958', draw: whiteboard(['Bed 4 John Smith 12/03/1958', 'Bed 5 discharge pending', 'Bed 6 NBM from midnight'], 'Ward 7 handover') },
  ];
  for (let i = 0; i < 8; i += 1) {
    const name = NAMES[i]!;
    scenes.push({
      file: `whiteboard-${i}.png`,
      label: 'identifier',
      description: `handover whiteboard naming ${name} by bed`,
      draw: whiteboard([`Bed ${i + 2} ${name} ${pick(DATES, random)}`, `Bed ${i + 3} awaiting bloods`, 'Falls risk: see notes'], pick(['Handover', 'Bay B patients', 'Today'], random)),
      ...(i % 3 === 1 ? { rotateDegrees: pick([-5, 4, 7], random) } : {}),
      ...(i % 4 === 2 ? { blurPx: 1.5 } : {}),
    });
  }
  for (let i = 0; i < 7; i += 1) {
    const name = NAMES[(i + 3) % NAMES.length]!.split(' ').reverse().join(', ').toUpperCase();
    const mrn = String(10000000 + Math.floor(random() * 89999999));
    scenes.push({
      file: `wristband-${i}.png`,
      label: 'identifier',
      description: `wristband label with an MRN (${name})`,
      draw: wristband(name, mrn, pick(DATES, random)),
      ...(i % 3 === 2 ? { rotateDegrees: -6 } : {}),
      ...(i % 3 === 1 ? { blurPx: 1.2 } : {}),
    });
  }
  for (let i = 0; i < 6; i += 1) {
    const rows = [0, 1, 2, 3].map((row) => `${9 + row}:00  ${NAMES[(i + row) % NAMES.length]}  DOB ${pick(DATES, random)}`);
    scenes.push({ file: `clinic-list-${i}.png`, label: 'identifier', description: 'screenshot of a clinic list (names and dates of birth)', draw: clinicList(rows) });
  }
  scenes.push({
    file: 'bedside-board-face.png',
    label: 'identifier',
    description: 'nurse in front of a handover board naming a patient by bed',
    faces: 1,
    draw: people(1, 0.72, 0.22, whiteboard(['Bed 2 Grace Williams 30/01/1944', 'Bed 3 awaiting bloods'], 'Handover')),
  });
  for (let i = 0; i < 4; i += 1) {
    scenes.push({ file: `xray-${i}.png`, label: 'identifier', description: 'X-ray with the patient name and DOB burnt in', draw: xray(NAMES[(i + 5) % NAMES.length]!, pick(DATES, random)) });
  }
  // Taken with the phone held sideways (no EXIF orientation): read only when turned back.
  for (const [i, quarterTurns] of ([1, 3] as const).entries()) {
    const name = NAMES[(i + 6) % NAMES.length]!;
    scenes.push({ file: `whiteboard-sideways-${i}.png`, label: 'identifier', description: `handover whiteboard naming ${name}, photographed sideways`, quarterTurns, draw: whiteboard([`Bed ${i + 9} ${name} ${pick(DATES, random)}`, 'Bed 12 awaiting bloods'], 'Handover') });
  }
  scenes.push({ file: 'wristband-sideways.png', label: 'identifier', description: 'wristband label with an MRN, photographed sideways', quarterTurns: 3, draw: wristband('PRICE, ELEANOR', String(10000000 + Math.floor(random() * 89999999)), pick(DATES, random)) });
  scenes.push({
    file: 'clinic-list-sideways.png',
    label: 'identifier',
    description: 'screen with a clinic list, photographed sideways',
    quarterTurns: 1,
    draw: clinicList([0, 1, 2].map((row) => `${14 + row}:30  ${NAMES[(row + 2) % NAMES.length]}  DOB ${pick(DATES, random)}`)),
  });
  return scenes.map((scene, index) => ({ ...scene, width: PHONE_SIZES[index % PHONE_SIZES.length]![0], height: PHONE_SIZES[index % PHONE_SIZES.length]![1] }));
}

const POSTERS = [
  ['Thank you to our', 'amazing nurses!'],
  ['Open day Saturday', '10am to 2pm'],
  ['Flu jabs now', 'available for staff'],
  ['Welcome to the', 'new children\'s ward'],
  ['Hand hygiene', 'saves lives'],
  ['Volunteers week', 'thank you all'],
];

const TEAM_BOARDS = [
  ['Well done team!', '100 days without a fall', 'Cake in the staff room'],
  ['Staff awards 2026', 'Nominations close Friday', 'Ask your manager'],
  ['Fire drill Tuesday', 'Meet at assembly point B', 'Thank you'],
];

function cleanScenes(): Scene[] {
  const scenes: Omit<Scene, 'width' | 'height'>[] = [
    { file: 'corridor.png', label: 'clean', description: 'clean corridor, no text', draw: corridor([]) },
    { file: 'corridor-gps.jpg', label: 'clean', description: 'clean corridor, GPS location in EXIF (a warning, not a block)', gps: [53.4808, -2.2426], draw: corridor([]) },
  ];
  const signs = [['Outpatients'], ['Radiology'], ['Way out'], ['Main entrance'], ['Cafe and shop']];
  signs.forEach((sign, i) =>
    scenes.push({ file: `corridor-sign-${i}.png`, label: 'clean', description: `corridor with a "${sign[0]}" sign`, draw: corridor(sign), ...(i === 2 ? { blurPx: 1.5 } : {}), ...(i === 3 ? { rotateDegrees: 5 } : {}) }),
  );
  POSTERS.forEach((texts, i) =>
    scenes.push({ file: `poster-${i}.png`, label: 'clean', description: `event poster: ${texts.join(' ')}`, draw: poster(texts, pick(['#ffe9a8', '#d9f0ff', '#e8ffe0'], seeded(i)), '#222222'), ...(i === 4 ? { rotateDegrees: -4 } : {}) }),
  );
  TEAM_BOARDS.forEach((rows, i) => scenes.push({ file: `team-board-${i}.png`, label: 'clean', description: `staff whiteboard: ${rows[0]}`, draw: whiteboard(rows, 'Team news') }));
  for (let i = 0; i < 4; i += 1) {
    scenes.push({ file: `corridor-gps-${i}.jpg`, label: 'clean', description: 'corridor photo with GPS in EXIF', gps: [51.5 + i / 100, -0.12 - i / 100], draw: corridor(i % 2 ? ['Wards 1-9'] : []) });
  }
  for (let i = 0; i < 3; i += 1) {
    scenes.push({ file: `portrait-${i}.png`, label: 'clean', description: 'one person, head and shoulders', faces: 1, draw: people(1, 0.4, 0.3 - i * 0.05), ...(i === 2 ? { blurPx: 1.5 } : {}) });
  }
  for (let i = 0; i < 3; i += 1) {
    scenes.push({ file: `team-photo-${i}.png`, label: 'clean', description: `team photo, ${i + 2} people`, faces: i + 2, draw: people(i + 2, 0.45, 0.6 / (i + 2)) });
  }
  scenes.push({ file: 'poster-sideways.png', label: 'clean', description: `event poster photographed sideways: ${POSTERS[2]!.join(' ')}`, quarterTurns: 1, draw: poster(POSTERS[2]!, '#d9f0ff', '#222222') });
  scenes.push({ file: 'team-board-sideways.png', label: 'clean', description: `staff whiteboard photographed sideways: ${TEAM_BOARDS[0]![0]}`, quarterTurns: 3, draw: whiteboard(TEAM_BOARDS[0]!, 'Team news') });
  scenes.push({ file: 'corridor-sign-sideways.png', label: 'clean', description: 'corridor with a "Radiology" sign, photographed sideways', quarterTurns: 3, draw: corridor(['Radiology']) });
  scenes.push({ file: 'poster-with-person.png', label: 'clean', description: 'event poster with a person on it', faces: 1, draw: people(1, 0.62, 0.2, poster(POSTERS[1]!, '#ffe9a8', '#222222')) });
  return scenes.map((scene, index) => ({ ...scene, width: PHONE_SIZES[(index + 2) % PHONE_SIZES.length]![0], height: PHONE_SIZES[(index + 2) % PHONE_SIZES.length]![1] }));
}

export function allScenes(): Scene[] {
  return [...identifierScenes(), ...cleanScenes()];
}

export function sceneByFile(file: string): Scene {
  const scene = allScenes().find((candidate) => candidate.file === file);
  if (!scene) throw new Error(`no fixture scene named ${file}`);
  return scene;
}

function toDms(value: number): [[number, number], [number, number], [number, number]] {
  const absolute = Math.abs(value);
  const degrees = Math.floor(absolute);
  const minutes = Math.floor((absolute - degrees) * 60);
  const seconds = Math.round(((absolute - degrees) * 60 - minutes) * 60 * 100);
  return [
    [degrees, 1],
    [minutes, 1],
    [seconds, 100],
  ];
}

/** JPEG with EXIF: GPS position, capture time and camera owner, like a phone photo with location on. */
function withExif(jpeg: Buffer, [latitude, longitude]: [number, number]): Buffer {
  const exif = {
    '0th': { [piexif.ImageIFD.Artist]: 'Sam Carter', [piexif.ImageIFD.Make]: 'Phone' },
    Exif: { [piexif.ExifIFD.DateTimeOriginal]: '2026:11:30 14:05:09' },
    GPS: {
      [piexif.GPSIFD.GPSLatitudeRef]: latitude >= 0 ? 'N' : 'S',
      [piexif.GPSIFD.GPSLatitude]: toDms(latitude),
      [piexif.GPSIFD.GPSLongitudeRef]: longitude >= 0 ? 'E' : 'W',
      [piexif.GPSIFD.GPSLongitude]: toDms(longitude),
    },
  };
  const binary = piexif.insert(piexif.dump(exif), jpeg.toString('binary'));
  return Buffer.from(binary, 'binary');
}

/** Renders a scene to the bytes of its file (PNG, or JPEG with EXIF for .jpg). */
export function renderScene(scene: Scene, scale = 1): Buffer {
  const width = Math.round(scene.width * scale);
  const height = Math.round(scene.height * scale);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.save();
  if (scene.blurPx) ctx.filter = `blur(${scene.blurPx * scale}px)`;
  if (scene.rotateDegrees) {
    ctx.translate(width / 2, height / 2);
    ctx.rotate((scene.rotateDegrees * Math.PI) / 180);
    ctx.translate(-width / 2, -height / 2);
  }
  ctx.scale(scale, scale);
  scene.draw(ctx, scene.width, scene.height, seeded(scene.file.length * 7919 + scene.width));
  ctx.restore();
  const saved = scene.quarterTurns ? turned(canvas, scene.quarterTurns) : canvas;
  if (scene.file.endsWith('.jpg')) {
    const jpeg = saved.toBuffer('image/jpeg', 88);
    return scene.gps ? withExif(jpeg, scene.gps) : jpeg;
  }
  return saved.toBuffer('image/png');
}

function turned(source: Canvas, quarterTurns: QuarterTurn): Canvas {
  const target = createCanvas(source.height, source.width);
  drawTurned(target.getContext('2d'), source, quarterTurns, source);
  return target;
}
