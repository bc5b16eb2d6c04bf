import type { LinkType } from '../model/ticket.types';

/** Each link type and the type of its back-link on the other ticket. */
export const LINK_TYPES: Readonly<Record<LinkType, LinkType>> = {
  relates: 'relates',
  duplicates: 'duplicatedBy',
  duplicatedBy: 'duplicates',
  causedBy: 'causes',
  causes: 'causedBy',
  blocks: 'blockedBy',
  blockedBy: 'blocks',
  parent: 'child',
  child: 'parent',
};
