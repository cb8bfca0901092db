// A copy of a photo without its metadata (location, camera owner, capture time), made on the device:
// the browser decodes the pixels and encodes them afresh, which writes no EXIF or XMP. The EXIF
// orientation is applied to the pixels first, so the copy looks like the photo the site shows.

export async function cleanCopy(file: Blob & { name?: string }): Promise<File> {
  const picture = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const canvas = new OffscreenCanvas(picture.width, picture.height);
  canvas.getContext('2d')!.drawImage(picture, 0, 0);
  picture.close();
  const type = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
  const blob = await canvas.convertToBlob({ type, quality: 0.92 });
  const base = (file.name ?? '').replace(/\.[^.]*$/, '') || 'photo';
  return new File([blob], `${base}-no-metadata.${type === 'image/png' ? 'png' : 'jpg'}`, { type });
}
