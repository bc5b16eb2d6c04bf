import { ValidationError } from '../../errors/errors';
import type { CommentAttachment } from '../../model/ticket.types';

/** Most attachments one comment carries. */
export const MAX_ATTACHMENTS = 20;
/** Longest attachment `url` (characters): a link to the host's file store, or a small data URL. */
export const MAX_ATTACHMENT_URL = 1_000_000;

const bad = (path: string, message: string): never => {
  throw new ValidationError(`attachments${path.replace(/\//g, '.')}: ${message}`, [
    { path: `/attachments${path}`, code: 'invalid', severity: 'error', message },
  ]);
};

/**
 * Whether a link may be offered to readers: `https:`/`http:`, a path on the host (`/files/…`), or
 * a `data:` URL of a type a browser will not run as a page (never HTML, SVG, XML or script).
 */
function safeUrl(url: string): boolean {
  if (url.startsWith('/') && !url.startsWith('//')) return true;
  if (/^https?:\/\//i.test(url)) return true;
  const data = /^data:([^;,]*)[;,]/i.exec(url);
  if (!data) return false;
  const type = (data[1] ?? '').toLowerCase();
  return !/html|svg|xml|javascript|ecmascript/.test(type);
}

/**
 * A comment's attachments as given, checked: the metadata the host's upload returned (`id`,
 * `name`, `size?`, `type?`, `url?`). Files live in the host's store; the ticket keeps these.
 */
export function checkAttachments(value: unknown): CommentAttachment[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_ATTACHMENTS)
    bad('', `must be a list of at most ${MAX_ATTACHMENTS} attachments`);
  return (value as unknown[]).map((a, i) => {
    if (a === null || typeof a !== 'object' || Array.isArray(a))
      bad(`/${i}`, 'must be { id, name, size?, type?, url? }');
    const { id, name, size, type, url } = a as Record<string, unknown>;
    if (typeof id !== 'string' || !id || id.length > 200)
      bad(`/${i}/id`, 'must be a non-empty string of at most 200 characters');
    if (typeof name !== 'string' || !name.trim() || name.length > 255)
      bad(`/${i}/name`, 'must be a file name of at most 255 characters');
    if (size !== undefined && (!Number.isInteger(size) || (size as number) < 0))
      bad(`/${i}/size`, 'must be a whole number of bytes');
    if (type !== undefined && (typeof type !== 'string' || type.length > 255))
      bad(`/${i}/type`, 'must be a media type such as "image/png"');
    if (
      url !== undefined &&
      (typeof url !== 'string' || url.length > MAX_ATTACHMENT_URL || !safeUrl(url))
    )
      bad(
        `/${i}/url`,
        'must be an https: link, a path on this host, or a data: URL that is not HTML, SVG, XML or script',
      );
    return {
      id: id as string,
      name: name as string,
      ...(size !== undefined ? { size: size as number } : {}),
      ...(type !== undefined ? { type: type as string } : {}),
      ...(url !== undefined ? { url: url as string } : {}),
    };
  });
}
