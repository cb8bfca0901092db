import { imagesSchema } from '../../../rules/schema';
import { DEFAULT_IMAGE_SETTINGS, imageSettings } from '../../../rules/image/settings';

test('the written-out defaults are the schema defaults', () => {
  expect(DEFAULT_IMAGE_SETTINGS).toEqual(imagesSchema.parse({}));
});

test('a ruleset without an images block gets the defaults; one with it keeps its choices', () => {
  expect(imageSettings({})).toEqual(DEFAULT_IMAGE_SETTINGS);
  expect(imageSettings({ images: { ...DEFAULT_IMAGE_SETTINGS, location: 'error' } }).location).toBe('error');
});
