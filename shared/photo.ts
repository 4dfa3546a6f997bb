// A child's photo travels as a data URL: small enough for the kiosk to show a class of 60 at once
// and for the database to hold without growing much. The renderer shrinks it; the server checks it.

/** The longest side the renderer draws to, in pixels. */
export const PHOTO_SIDE = 160;
/** The most bytes a photo may have once decoded: a 160×160 JPEG at ordinary quality is 6–12 KB. */
export const PHOTO_MAX_BYTES = 24 * 1024;

const MAGIC: Record<string, (b: Uint8Array) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  // RIFF....WEBP
  'image/webp': (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50,
};

export type PhotoCheck = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'not_image' | 'too_big' };

/** Decodes a data URL and checks its bytes really are the JPEG, PNG or WebP it says, and small. */
export function checkPhoto(dataUrl: string): PhotoCheck {
  const match = /^data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  const [, type = '', base64 = ''] = match ?? [];
  const magic = MAGIC[type];
  if (!magic) return { ok: false, reason: 'not_image' };
  // Base64 is 4 characters per 3 bytes: refuse before decoding something huge.
  if ((base64.length * 3) / 4 > PHOTO_MAX_BYTES + 2) return { ok: false, reason: 'too_big' };
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  if (bytes.length > PHOTO_MAX_BYTES) return { ok: false, reason: 'too_big' };
  if (bytes.length < 12 || !magic(bytes)) return { ok: false, reason: 'not_image' };
  return { ok: true, bytes };
}

/** The type the bytes' first bytes say ('image/jpeg' when none does). */
export function photoType(bytes: Uint8Array): string {
  return Object.entries(MAGIC).find(([, magic]) => magic(bytes))?.[0] ?? 'image/jpeg';
}

/** Stored bytes back into a data URL. */
export function photoDataUrl(bytes: Uint8Array): string {
  const type = photoType(bytes);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `data:${type};base64,${btoa(binary)}`;
}
