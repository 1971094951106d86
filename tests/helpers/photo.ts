import { syntheticPhoto } from '../../tools/generate/synthetic-photo.ts';

/** What a phone writes into a photo and must never reach the site: where it was taken, and with what. */
export const PHONE_EXIF = {
  IFD0: { Make: 'FixturePhone', Model: 'FP-4000', Software: 'FixtureOS 1.0', Artist: 'Fixture Owner' },
  IFD2: { DateTimeOriginal: '2026:03:14 07:30:00', LensModel: 'Fixture back camera 4.2mm', BodySerialNumber: 'SN-FIXTURE-0042' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1', GPSAltitude: '12/1' },
};
/** Strings that must not appear in any published file made from such a photo. */
export const PHONE_MARKERS = ['FixturePhone', 'FP-4000', 'SN-FIXTURE-0042', 'Fixture Owner', 'FixtureOS'];

/**
 * A photo-like JPEG as a phone takes it (see `syntheticPhoto`), with GPS and camera tags in EXIF
 * and in XMP. `seed` changes the picture, so two photos are two files.
 */
export async function phonePhoto(width = 4000, height = 3000, seed = 1): Promise<Buffer> {
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:tiff="http://ns.adobe.com/tiff/1.0/" exif:GPSLatitude="21,1.5N" exif:GPSLongitude="105,51.0E" tiff:Make="FixturePhone" tiff:Model="FP-4000"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  return syntheticPhoto(width, height, seed, { exif: PHONE_EXIF, xmp });
}
