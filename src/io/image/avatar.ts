// Avatar uploads: only images, at most 10 MB, downscaled to 256 px so the library stays small.
export const AVATAR_MAX_BYTES = 10 * 1024 * 1024;
export const AVATAR_SIZE = 256;

export type AvatarResult =
  { ok: true; blob: Blob } | { ok: false; reason: 'notImage' | 'tooLarge' | 'unreadable' };

export function checkAvatarFile(file: { type: string; size: number }): AvatarResult | null {
  if (!file.type.startsWith('image/')) return { ok: false, reason: 'notImage' };
  if (file.size > AVATAR_MAX_BYTES) return { ok: false, reason: 'tooLarge' };
  return null;
}

/** Decodes the image and draws it centred and cropped into a square of AVATAR_SIZE pixels. */
export async function prepareAvatar(file: File): Promise<AvatarResult> {
  const refused = checkAvatarFile(file);
  if (refused) return refused;
  try {
    const bitmap = await createImageBitmap(file);
    const side = Math.min(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = AVATAR_SIZE;
    canvas.height = AVATAR_SIZE;
    const context = canvas.getContext('2d');
    if (!context) return { ok: false, reason: 'unreadable' };
    context.drawImage(
      bitmap,
      (bitmap.width - side) / 2,
      (bitmap.height - side) / 2,
      side,
      side,
      0,
      0,
      AVATAR_SIZE,
      AVATAR_SIZE,
    );
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return blob ? { ok: true, blob } : { ok: false, reason: 'unreadable' };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
