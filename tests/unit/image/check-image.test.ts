// The whole photo check with the real OCR (tesseract.js, packaged English model, offline) on rendered
// phone-size pictures: a handover whiteboard is held, a clean poster is not, the ruleset's image block
// is obeyed.

import { createDefaultChecker, loadRuleset } from '../../../rules/index';
import { checkImage } from '../../../rules/image/check-image';
import { createNodeOcr, type NodeOcr } from '../../../rules/image/node-ocr';
import { renderScene, sceneByFile } from '../../../scripts/image-fixtures/scenes';

let ocr: NodeOcr;
beforeAll(async () => {
  ocr = await createNodeOcr();
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
    const report = await checkImage(whiteboard, { checker: createDefaultChecker(), ocr });
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

  it('lets a clean poster through', async () => {
    const poster = new Uint8Array(renderScene(sceneByFile('poster-0.png')));
    const report = await checkImage(poster, { checker: createDefaultChecker(), ocr });
    expect(report.text.toLowerCase()).toContain('amazing nurses');
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  }, 60_000);

  it('skips reading text when the ruleset turns photo text off, and still checks metadata', async () => {
    const checker = rulesetWithImages('{ text: false, location: error }');
    const gps = new Uint8Array(renderScene(sceneByFile('corridor-gps.jpg'), 0.25));
    expect(await checkImage(whiteboard, { checker, ocr })).toEqual({ text: '', findings: [] });
    expect((await checkImage(gps, { checker, ocr })).findings.map((finding) => [finding.ruleId, finding.severity])).toContainEqual(['image/location', 'error']);
  }, 60_000);

  it('refuses an image block with an unknown severity, naming the path', () => {
    const loaded = loadRuleset('name: Photos\nimages: { location: loud }\n');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors[0]).toMatchObject({ path: 'images.location', line: 2 });
  });
});
