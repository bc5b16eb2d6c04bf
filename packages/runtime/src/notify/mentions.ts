import type { Directory } from '../directory/directory.types';

/**
 * Users named with `@id` in a comment who exist in the directory, in order of first mention.
 * Kept apart on purpose: when comments carry resolved mentions (`detail.mentions`), the planner
 * takes those and this parser is only the fallback.
 *
 * @example
 * ```ts
 * await mentionedUsers('Thanks @bob, and @carol.', directory); // ['bob', 'carol']
 * ```
 */
export async function mentionedUsers(text: string, directory: Directory): Promise<string[]> {
  const out: string[] = [];
  // An @ that starts a word (not inside an e-mail address), then a user id's characters.
  for (const m of text.matchAll(/(^|[^\w@.])@([\w][\w.-]*[\w]|[\w])/g)) {
    const id = m[2] ?? '';
    if (out.includes(id)) continue;
    if (await directory.getUser(id)) out.push(id);
  }
  return out;
}
