import type { ReactElement, ReactNode } from 'react';

/**
 * Stands in for `markdown-to-jsx/react` inside @rjsf/core, which the package build bundles (see
 * tsup.config.ts) so that markdown-to-jsx (about 25 kB gzip) is never shipped. rjsf only renders
 * its own English messages (an unsupported field, a file's details, a broken object schema) and
 * descriptions that opt into `enableMarkdownInDescription` through it: Deskkit shows them as the
 * plain text they are. Deskkit's own help text has its own sanitised renderer.
 */
export function Markdown(props: { children?: ReactNode; options?: unknown }): ReactElement {
  return <>{props.children}</>;
}

export default Markdown;
