// The whole photo check with the real OCR (tesseract.js, packaged English model, offline) and the real
// face detector (face-api's tiny model from its package) on rendered phone-size pictures: a handover
// whiteboard is held (also photographed sideways), a clean poster is not, a face gets the consent reminder, the ruleset's image
// block is obeyed.

import { createDefaultChecker, loadRuleset } from '../../../rules/index';
import { checkImage } from '../../../rules/image/check-image';
import { createNodeFaces } from '../../../rules/image/node-faces';
import { createNodeOcr, type NodeOcr } from '../../../rules/image/node-ocr';
import type { FaceEngine } from '../../../rules/image/types';
import { renderScene, sceneByFile } from '../../../scripts/image-fixtures/scenes';

let ocr: NodeOcr;
let faces: FaceEngine;
beforeAll(async () => {
  [ocr, faces] = await Promise.all([createNodeOcr(), createNodeFaces()]);
}, 60_000);
afterAll(() => ocr.terminate());

const whiteboard = new Uint8Array(renderScene(sceneByFile('whiteboard-bed4.png')));

function rulesetWithImages(images: string) {
  const loaded = loadRuleset(`name: Photos\nextends: [healthcare-uk]\nimages: ${images}\n`);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.checker;
}

describe('checkImage', () => {
  it('reads the whiteboard and holds it: the name and bed, boxed where they are written', async () => {
    const report = await checkImage(whiteboard, { checker: createDefaultChecker(), ocr, faces });
    expect(report.text).toContain('Bed 4 John Smith 12/03/1958');
    const name = report.findings.find((finding) => finding.ruleId === 'privacy/patient-name');
    expect(name).toMatchObject({ severity: 'error', source: 'photo-text' });
    expect(name!.message).toContain('The photo shows "John Smith"');
    // The scene writes its rows from x = 7% of 1080 px, the first row at about 25% of 1350 px.
    const [first] = name!.boxes;
    expect(first!.x).toBeGreaterThan(75);
    expect(first!.x + first!.width).toBeLessThan(1080);
    expect(first!.y).toBeGreaterThan(250);
    expect(first!.y).toBeLessThan(450);
  }, 60_000);

  it('reads a whiteboard photographed sideways either way and boxes the name in the file\'s own pixels', async () => {
    // The upright scene is 1080 x 1350 with "John Smith" at about x > 75, y 250..450 (see above).
    for (const quarterTurns of [1, 3] as const) {
      const sideways = new Uint8Array(renderScene({ ...sceneByFile('whiteboard-bed4.png'), quarterTurns }));
      const report = await checkImage(sideways, { checker: createDefaultChecker(), ocr, faces });
      expect(report.text).toContain('John Smith');
      const name = report.findings.find((finding) => finding.ruleId === 'privacy/patient-name');
      expect(name).toMatchObject({ severity: 'error', source: 'photo-text' });
      const [box] = name!.boxes;
      // Turned clockwise the upright top-left goes to the file's top-right (1350 x 1080); anticlockwise, to its bottom-left.
      const across = quarterTurns === 1 ? 1350 - (box!.x + box!.width) : box!.x;
      const down = quarterTurns === 1 ? box!.y : 1080 - (box!.y + box!.height);
      expect(box!.height).toBeGreaterThan(box!.width); // the words run down the file
      expect(across).toBeGreaterThan(250);
      expect(across).toBeLessThan(450);
      expect(down).toBeGreaterThan(75);
    }
  }, 120_000);

  it('lets a clean poster through', async () => {
    const poster = new Uint8Array(renderScene(sceneByFile('poster-0.png')));
    const report = await checkImage(poster, { checker: createDefaultChecker(), ocr, faces });
    expect(report.text.toLowerCase()).toContain('amazing nurses');
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(report.findings.map((finding) => finding.ruleId)).not.toContain('image/face');
  }, 60_000);

  it('reminds about consent for a face, boxed where the face is, without blocking; a ruleset can make it an error', async () => {
    const portrait = new Uint8Array(renderScene(sceneByFile('portrait-0.png')));
    const face = (await checkImage(portrait, { checker: createDefaultChecker(), ocr, faces })).findings.find((finding) => finding.ruleId === 'image/face');
    expect(face).toMatchObject({ severity: 'warning', source: 'face' });
    // The scene draws one head centred at 50% across and 40% down, 30% of the width wide.
    const [box] = face!.boxes;
    const { width, height } = sceneByFile('portrait-0.png');
    expect(face!.boxes).toHaveLength(1);
    expect(box!.x).toBeLessThan(width / 2);
    expect(box!.x + box!.width).toBeGreaterThan(width / 2);
    expect(box!.y).toBeLessThan(height * 0.4);
    expect(box!.y + box!.height).toBeGreaterThan(height * 0.4);
    const strict = rulesetWithImages('{ faces: error }');
    expect((await checkImage(portrait, { checker: strict, ocr, faces })).findings.map((finding) => [finding.ruleId, finding.severity])).toContainEqual(['image/face', 'error']);
  }, 60_000);

  it('skips reading text and faces when the ruleset turns them off, and still checks metadata', async () => {
    const checker = rulesetWithImages('{ text: false, faces: "off", location: error }');
    const gps = new Uint8Array(renderScene(sceneByFile('corridor-gps.jpg'), 0.25));
    expect(await checkImage(whiteboard, { checker, ocr, faces })).toEqual({ text: '', findings: [] });
    const portrait = new Uint8Array(renderScene(sceneByFile('portrait-0.png')));
    expect((await checkImage(portrait, { checker, ocr, faces })).findings).toEqual([]);
    expect((await checkImage(gps, { checker, ocr, faces })).findings.map((finding) => [finding.ruleId, finding.severity])).toContainEqual(['image/location', 'error']);
  }, 60_000);

  it('refuses an image block with an unknown severity, naming the path', () => {
    const loaded = loadRuleset('name: Photos\nimages: { location: loud }\n');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors[0]).toMatchObject({ path: 'images.location', line: 2 });
  });
});
