// EXIF location, owner and time read from real JPEG bytes (rendered with GPS like a phone photo).

import { metadataFindings } from '../../../rules/image/metadata-findings';
import { readPhotoMetadata } from '../../../rules/image/metadata-read';
import { DEFAULT_IMAGE_SETTINGS } from '../../../rules/image/settings';
import { renderScene, sceneByFile } from '../../../scripts/image-fixtures/scenes';

const withGps = new Uint8Array(renderScene(sceneByFile('corridor-gps.jpg'), 0.25));
const withoutMetadata = new Uint8Array(renderScene(sceneByFile('corridor.png'), 0.25));

describe('readPhotoMetadata', () => {
  it('reads the GPS position, the owner and the capture time', async () => {
    const metadata = await readPhotoMetadata(withGps);
    expect(metadata.location!.latitude).toBeCloseTo(53.4808, 3);
    expect(metadata.location!.longitude).toBeCloseTo(-2.2426, 3);
    expect(metadata.owner).toBe('Sam Carter');
    expect(metadata.takenAt).toBe('2026-11-30 14:05');
  });

  it('gives nothing for a picture without metadata, or bytes that are not an image', async () => {
    expect(await readPhotoMetadata(withoutMetadata)).toEqual({});
    expect(await readPhotoMetadata(new TextEncoder().encode('not an image'))).toEqual({});
  });
});

describe('metadataFindings', () => {
  it('warns to remove the location, and names the owner', async () => {
    const findings = metadataFindings(await readPhotoMetadata(withGps), DEFAULT_IMAGE_SETTINGS);
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['image/location', 'warning'],
      ['image/owner', 'warning'],
      ['image/timestamp', 'info'],
    ]);
    expect(findings[0]!.message).toContain('remove the location');
    expect(findings[0]!.source).toBe('metadata');
  });

  it('follows the ruleset: a rule can be off or raised to an error', async () => {
    const metadata = await readPhotoMetadata(withGps);
    const findings = metadataFindings(metadata, { ...DEFAULT_IMAGE_SETTINGS, location: 'error', owner: 'off', timestamp: 'off' });
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['image/location', 'error']]);
  });
});
