import type { IssueParams } from '../../errors/errors';
/** Options of `runtime.saveDraft`. */
export interface SaveDraftOptions {
  actor: string;
  /**
   * The draft revision this save replaces (`null`: there must be no draft yet). When given and the
   * stored draft differs (another publisher saved in between), the save is a `ConflictError`;
   * when absent the save replaces whatever is stored.
   */
  expectedRevision?: number | null;
}

/**
 * `runtime.migrateTickets`: move running tickets of one workflow from version `from` to `to`.
 * Each active step moves to the step of the same id in `to`, or to the one `mapping` names.
 */
export interface TicketMigrationInput {
  workflow: string;
  from: number;
  /** The target version; the latest when absent. */
  to?: number;
  /** The tickets to move; every running ticket on `from` (at most 1,000) when absent. */
  tickets?: string[];
  /** Step ids of `from` to step ids of `to`, for steps renamed or replaced. */
  mapping?: Record<string, string>;
  /** Only report what would happen; nothing is written. */
  dryRun?: boolean;
  actor: string;
}

/** Why a ticket cannot move; `nodeId` names the step of `from` concerned. */
export interface TicketMigrationBlock {
  code:
    | 'NOT_FOUND'
    | 'NOT_RUNNING'
    | 'OTHER_VERSION'
    | 'NODE_UNMAPPED'
    | 'NODE_TYPE_CHANGED'
    | 'JOIN_WAITING'
    | 'SUBWORKFLOW_RENAMED'
    | 'CONFLICT';
  /** The same in English, for logs and developers. */
  message: string;
  nodeId?: string;
  /**
   * What the reason is about (`ticket`, `step`, `to`, `status`, …), so that a screen words it in
   * its own language by `code`; `message` is the same in English.
   */
  params?: IssueParams;
}

/** What happened (or, in a dry run, would happen) to one ticket. */
export interface TicketMigrationResult {
  ticketId: string;
  number?: string;
  outcome: 'moved' | 'blocked';
  /** Each active step of `from` and the step of `to` it moves to. */
  nodes: Record<string, string>;
  /** Why it is blocked (empty when it moves). */
  reasons: TicketMigrationBlock[];
}

/** The answer of `runtime.migrateTickets`. */
export interface TicketMigrationReport {
  workflow: string;
  from: number;
  to: number;
  dryRun: boolean;
  tickets: TicketMigrationResult[];
}

/**
 * One workflow in a publisher's studio list (`client.studioWorkflows()`): its latest published
 * version and its draft, without the definitions.
 */
export interface StudioWorkflow {
  key: string;
  /** The latest version's name (the draft's for a workflow not published yet). */
  name: string;
  /** The latest published version, who published it and when; absent when only a draft exists. */
  latest?: { version: number; publishedAt: string; publishedBy: string; restoredFrom?: number };
  /**
   * Its unpublished draft, when one is saved. `basedOn` below `latest.version` means someone
   * published after the draft was saved.
   */
  draft?: { revision: number; savedAt: string; savedBy: string; basedOn?: number };
  /** The form's fields of the latest version (of the draft when not published): name and title. */
  fields: Array<{ name: string; label: string }>;
}
