// A photo is drawn small before it leaves the screen: a square crop of the middle, PHOTO_SIDE pixels a
// side, as a JPEG under PHOTO_MAX_BYTES (shared/photo.ts), so a class of 60 loads at once at the kiosk.
import { PHOTO_MAX_BYTES, PHOTO_SIDE } from '../../../../shared/photo';

/** A data URL's decoded size. */
const bytesOf = (dataUrl: string) => Math.floor(((dataUrl.length - dataUrl.indexOf(',') - 1) * 3) / 4);

/** Draws the middle square of an image, a video frame or a canvas into a small JPEG data URL. */
export function shrinkPhoto(source: CanvasImageSource, width: number, height: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = PHOTO_SIDE;
  canvas.height = PHOTO_SIDE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  const side = Math.min(width, height);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, PHOTO_SIDE, PHOTO_SIDE);
  context.drawImage(source, (width - side) / 2, (height - side) / 2, side, side, 0, 0, PHOTO_SIDE, PHOTO_SIDE);
  // A busy picture can be larger at the same quality: step down until it fits.
  for (const quality of [0.85, 0.7, 0.55, 0.4]) {
    const url = canvas.toDataURL('image/jpeg', quality);
    if (bytesOf(url) <= PHOTO_MAX_BYTES) return url;
  }
  return canvas.toDataURL('image/jpeg', 0.25);
}

/** Reads an image file the user picked; rejects when it is not a picture the browser can draw. */
export async function shrinkPhotoFile(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    return shrinkPhoto(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}
