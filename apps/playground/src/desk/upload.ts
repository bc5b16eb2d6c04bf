/** An attachment as the forms package keeps it in the ticket data. */
export interface StoredAttachment {
  id: string;
  name: string;
  size?: number;
  type?: string;
  url?: string;
}

/** Files above this size are refused: the playground keeps attachments inside its IndexedDB snapshot. */
export const MAX_ATTACHMENT_BYTES = 512 * 1024;

/**
 * Stores an uploaded file in the ticket data as a data URL, so it survives a reload with the rest
 * of the desk. A real host would upload to its file store and keep the URL.
 */
export async function uploadAsDataUrl(file: File): Promise<StoredAttachment> {
  if (file.size > MAX_ATTACHMENT_BYTES) {
    throw new Error(
      `"${file.name}" is ${Math.round(file.size / 1024)} KB; the playground keeps attachments up to ${MAX_ATTACHMENT_BYTES / 1024} KB.`,
    );
  }
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read "${file.name}".`));
    reader.readAsDataURL(file);
  });
  return { id: crypto.randomUUID(), name: file.name, size: file.size, type: file.type, url };
}
