// The part of piexifjs (no published types) the fixture generator uses.
declare module 'piexifjs' {
  const piexif: {
    ImageIFD: { Artist: number; Make: number };
    ExifIFD: { DateTimeOriginal: number };
    GPSIFD: { GPSLatitudeRef: number; GPSLatitude: number; GPSLongitudeRef: number; GPSLongitude: number };
    dump(exif: Record<string, Record<number, unknown>>): string;
    insert(exifBinary: string, jpegBinary: string): string;
  };
  export default piexif;
}
