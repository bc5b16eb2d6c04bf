import { definitionSchema } from '@deskkit/runtime';
import { apiSchemas } from './schemas.generated';

/** An OpenAPI 3.1 document, as plain JSON. */
export type OpenApiDocument = Record<string, unknown> & { openapi: '3.1.0' };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Rewrites the `$ref`s of a draft-07 schema to point into `#/components/schemas`. */
function rehome(value: unknown, rename: (name: string) => string): Json {
  if (Array.isArray(value)) return value.map((v) => rehome(v, rename));
  if (typeof value !== 'object' || value === null) return value as Json;
  const out: { [key: string]: Json } = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/')) {
      out[key] = `#/components/schemas/${rename(v.slice('#/definitions/'.length))}`;
    } else out[key] = rehome(v, rename);
  }
  return out;
}

/**
 * The components: the schemas generated from the runtime's types, and the runtime's published
 * `definitionSchema` with its definitions hoisted under `WorkflowDefinition.*`. Nothing is written
 * twice: a change to a runtime type or to the definition format shows up here.
 */
function componentSchemas(): Record<string, Json> {
  const schemas: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(apiSchemas)) schemas[name] = rehome(schema, (n) => n);
  const wf = (n: string) => `WorkflowDefinition.${n}`;
  const {
    definitions,
    $schema: _s,
    $id: _i,
    ...root
  } = definitionSchema as unknown as {
    definitions: Record<string, unknown>;
    $schema?: string;
    $id?: string;
  } & Record<string, unknown>;
  schemas.WorkflowDefinition = rehome(root, wf);
  for (const [name, schema] of Object.entries(definitions)) schemas[wf(name)] = rehome(schema, wf);
  return schemas;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const ok = (name: string, description: string, status = '200') => ({
  [status]: { description, content: json(name) },
});
const problems = (...statuses: number[]) =>
  Object.fromEntries(
    [401, ...statuses].map((s) => [
      String(s),
      {
        description: DESCRIPTIONS[s] ?? 'Error',
        content: { 'application/problem+json': { schema: ref('Problem') } },
        ...(s === 429
          ? {
              headers: {
                'Retry-After': {
                  description: 'Seconds to wait before the next write.',
                  schema: { type: 'integer' },
                },
              },
            }
          : {}),
      },
    ]),
  );
const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed JSON or a body of the wrong shape; `issues` names every path.',
  401: 'No actor: the request carries no credentials the server accepts.',
  403: 'PermissionError or ActionNotAllowedError.',
  404: 'Unknown, or not visible to this user.',
  409: 'ConflictError: a stale expectedVersion; reload and retry.',
  413: 'The body is over the size limit.',
  415: 'The body is not JSON.',
  422: 'ValidationError or DefinitionError, with `issues`.',
  429: 'RateLimitedError: too many writes.',
};
const body = (name: string) => ({ required: true, content: json(name) });
const WRITE = [400, 403, 404, 409, 413, 415, 422, 429];
const READ_POST = [400, 403, 413, 415, 422];
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  description:
    "The command's requestId, scoped to this user: repeating a request with the same key applies it once.",
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};
const ticketId = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const workflowKey = { name: 'key', in: 'path', required: true, schema: { type: 'string' } };

/**
 * The OpenAPI 3.1 document of the Deskkit HTTP API mounted at `basePath`, served at
 * `GET /openapi.json`.
 */
export function openApiDocument(options: { basePath?: string } = {}): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Deskkit',
      version: '1',
      description:
        'Every route acts as the authenticated user, through runtime.client(actor): only the tickets and fields that user may see.',
    },
    servers: [{ url: options.basePath || '/' }],
    security: [{ bearer: [] }, { session: [] }],
    paths: {
      '/catalog': {
        get: {
          operationId: 'catalog',
          summary: 'The workflows this user may start',
          responses: { ...ok('CatalogList', 'Catalog entries'), ...problems() },
        },
      },
      '/tickets': {
        post: {
          operationId: 'startTicket',
          summary: 'Raise a ticket',
          parameters: [idempotencyKey],
          requestBody: body('StartTicketBody'),
          responses: { ...ok('Ticket', 'The new ticket', '201'), ...problems(...WRITE) },
        },
      },
      '/tickets/search': {
        post: {
          operationId: 'listTickets',
          summary: 'A page of the tickets this user may see',
          requestBody: body('TicketSearch'),
          responses: { ...ok('TicketPage', 'A page of tickets'), ...problems(...READ_POST) },
        },
      },
      '/tickets/export': {
        post: {
          operationId: 'exportTickets',
          summary: 'The tickets of a query as a table of chosen columns, as this user sees them',
          description:
            'JSON by default; CSV (RFC 4180, UTF-8 with a byte order mark, formulas escaped) with `Accept: text/csv` or `?format=csv`, as an attachment; `X-Deskkit-Truncated: true` when more tickets matched than `limit`.',
          parameters: [{ name: 'format', in: 'query', schema: { enum: ['json', 'csv'] } }],
          requestBody: body('ExportBody'),
          responses: {
            '200': {
              description: 'The table',
              content: {
                'application/json': { schema: ref('TicketExport') },
                'text/csv': { schema: { type: 'string' } },
              },
            },
            ...problems(...READ_POST),
          },
        },
      },
      '/changes/collisions': {
        post: {
          operationId: 'changeCollisions',
          summary:
            'The open changes this user may see on the same CI or service as a planned change, in an overlapping window',
          requestBody: body('CollisionBody'),
          responses: { ...ok('CollisionList', 'Colliding changes'), ...problems(...READ_POST) },
        },
      },
      '/views': {
        get: {
          operationId: 'listViews',
          summary: "This user's saved list views",
          responses: { ...ok('ViewList', 'Saved views'), ...problems() },
        },
        post: {
          operationId: 'saveView',
          summary: 'Save a list view of this user (new without `id`, else replacing that view)',
          requestBody: body('ViewBody'),
          responses: {
            ...ok('ListView', 'The view as saved'),
            ...problems(400, 403, 409, 413, 415, 422, 429),
          },
        },
      },
      '/views/{id}': {
        delete: {
          operationId: 'deleteView',
          summary: 'Delete a saved view of this user',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '204': { description: 'Deleted' }, ...problems(404) },
        },
      },
      '/report-subscriptions': {
        get: {
          operationId: 'listReportSubscriptions',
          summary:
            "This user's dashboard snapshots e-mailed on a schedule, each with its next run (admins: another user's with `owner`, everyone's with `owner=*`)",
          parameters: [{ name: 'owner', in: 'query', required: false, schema: { type: 'string' } }],
          responses: {
            ...ok('ReportSubscriptionList', 'Report subscriptions'),
            ...problems(403, 404),
          },
        },
        post: {
          operationId: 'saveReportSubscription',
          summary:
            'Save a report subscription (new without `id`, else replacing that one): reports, recipients (each gets the figures they may see), RRULE in the desk time zone, attachments',
          requestBody: body('ReportSubscriptionBody'),
          responses: {
            ...ok('ReportSubscription', 'The subscription as saved, with its next run'),
            ...problems(400, 403, 404, 409, 413, 415, 422, 429),
          },
        },
      },
      '/report-subscriptions/{id}': {
        delete: {
          operationId: 'deleteReportSubscription',
          summary: 'Delete a report subscription this user manages',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '204': { description: 'Deleted' }, ...problems(404) },
        },
      },
      '/tickets/{id}': {
        get: {
          operationId: 'viewTicket',
          summary: 'The ticket as this user may see it now',
          parameters: [ticketId],
          responses: { ...ok('TicketView', 'The ticket, form and actions'), ...problems(404) },
        },
      },
      '/tickets/{id}/actions': {
        post: {
          operationId: 'act',
          summary: 'Take an action on the ticket',
          parameters: [ticketId, idempotencyKey],
          requestBody: body('ActBody'),
          responses: { ...ok('Ticket', 'The ticket after the action'), ...problems(...WRITE) },
        },
      },
      '/tickets/bulk': {
        post: {
          operationId: 'bulkAct',
          summary: 'One action on many tickets, each checked and committed on its own',
          requestBody: body('BulkBody'),
          responses: {
            ...ok('BulkResults', 'Per ticket: the ticket or the refusal'),
            ...problems(400),
          },
        },
      },
      '/tickets/{id}/relations': {
        post: {
          operationId: 'relate',
          summary: 'Link, unlink, merge this ticket into another, or spawn a ticket from it',
          parameters: [ticketId, idempotencyKey],
          requestBody: body('RelateBody'),
          responses: {
            ...ok('Ticket', 'The ticket the operation is about'),
            ...problems(...WRITE),
          },
        },
      },
      '/tickets/{id}/history': {
        get: {
          operationId: 'history',
          summary: "The ticket's history, redacted for this user",
          parameters: [ticketId],
          responses: { ...ok('HistoryList', 'History events in order'), ...problems(404) },
        },
      },
      '/tasks': {
        get: {
          operationId: 'tasks',
          summary: "This user's open work items",
          parameters: [
            { name: 'ticketId', in: 'query', schema: { type: 'string' } },
            {
              name: 'state',
              in: 'query',
              style: 'form',
              explode: true,
              schema: { type: 'array', items: { enum: ['open', 'done', 'cancelled'] } },
            },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } },
          ],
          responses: { ...ok('WorkItemList', 'Work items'), ...problems(400) },
        },
      },
      '/notifications': {
        get: {
          operationId: 'notifications',
          summary: "This user's in-app inbox, newest first, with the unread count",
          parameters: [
            { name: 'unread', in: 'query', schema: { type: 'boolean' } },
            { name: 'before', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } },
          ],
          responses: { ...ok('InboxPage', 'A page of notifications'), ...problems(400, 422) },
        },
      },
      '/notifications/read': {
        post: {
          operationId: 'markNotificationsRead',
          summary: 'Marks notifications of this user read',
          requestBody: body('MarkReadBody'),
          responses: {
            ...ok('MarkedCount', 'How many were unread'),
            ...problems(...READ_POST, 429),
          },
        },
      },
      '/notifications/read-all': {
        post: {
          operationId: 'markAllNotificationsRead',
          summary: 'Marks every notification of this user read',
          responses: {
            ...ok('MarkedCount', 'How many were unread'),
            ...problems(...READ_POST, 429),
          },
        },
      },
      '/notifications/preferences': {
        get: {
          operationId: 'notificationPreferences',
          summary: "This user's own channels per event (others follow the desk's defaults)",
          responses: { ...ok('NotificationPreferences', 'Channels per event') },
        },
        post: {
          operationId: 'setNotificationPreferences',
          summary: "Replaces this user's notification preferences",
          requestBody: body('NotificationPreferences'),
          responses: {
            ...ok('NotificationPreferences', 'The stored preferences'),
            ...problems(...READ_POST, 429),
          },
        },
      },
      '/aggregate': {
        post: {
          operationId: 'aggregate',
          summary: 'Figures over the tickets this user may see',
          requestBody: body('AggregateBody'),
          responses: { ...ok('AggregateResult', 'Groups and values'), ...problems(...READ_POST) },
        },
      },
      '/events': {
        get: {
          operationId: 'events',
          summary: "Live events of this user's tickets, redacted for them",
          description:
            'Server-sent events: `id:` per event (its feed position), `data:` one RuntimeEvent as JSON; send `Last-Event-ID` (or `?after=`) to resume from that position. An empty `cursor` event moves the position past events this user may not see; comment lines are heartbeats.',
          parameters: [
            { name: 'Last-Event-ID', in: 'header', schema: { type: 'string' } },
            { name: 'after', in: 'query', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'An event stream',
              content: { 'text/event-stream': { schema: ref('RuntimeEvent') } },
            },
            ...problems(400),
          },
        },
      },
      '/events/feed': {
        get: {
          operationId: 'eventsSince',
          summary: "A page of this user's events after a feed position, redacted for them",
          parameters: [
            { name: 'after', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
          ],
          responses: {
            ...ok('EventsPage', 'Events and the cursor to read on from'),
            ...problems(400),
          },
        },
      },
      '/definitions': {
        get: {
          operationId: 'studioWorkflows',
          summary: 'Every workflow this user may publish: its latest version and its draft',
          description:
            "403 when the runtime lets this user publish nothing; other owners' workflows are left out.",
          responses: {
            ...ok('StudioWorkflowList', 'One entry per workflow key'),
            ...problems(403),
          },
        },
        post: {
          operationId: 'publish',
          summary: 'Publish a new version of a workflow',
          requestBody: body('WorkflowDefinition'),
          responses: {
            ...ok('PublishResult', 'The version published', '201'),
            ...problems(400, 403, 413, 415, 422, 429),
          },
        },
      },
      '/definitions/{key}': {
        get: {
          operationId: 'getDefinition',
          summary: 'A published workflow version (the latest without `version`)',
          description:
            'Whole for whoever may publish the workflow; anyone else gets only the fields some context of theirs shows (start form, tickets they raise, view or work), without the internal configuration (edge conditions, assignments, SLA conditions and actions, trigger and automation actions).',
          parameters: [
            { name: 'key', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'version', in: 'query', schema: { type: 'integer', minimum: 1 } },
          ],
          responses: {
            ...ok('WorkflowDefinition', 'The definition, as this user may read it'),
            ...problems(400, 404),
          },
        },
      },
      '/drafts': {
        get: {
          operationId: 'listDrafts',
          summary: 'The unpublished drafts of every workflow this user may publish',
          responses: { ...ok('DraftList', 'One draft per workflow'), ...problems(403) },
        },
      },
      '/definitions/{key}/versions': {
        get: {
          operationId: 'versions',
          summary: 'Every published version of a workflow, oldest first: who published it, when',
          parameters: [workflowKey],
          responses: { ...ok('VersionList', 'Versions'), ...problems(403, 404) },
        },
      },
      '/definitions/{key}/diff': {
        get: {
          operationId: 'diffVersions',
          summary: 'What changed between two versions: nodes, edges, fields, permissions',
          parameters: [
            workflowKey,
            { name: 'from', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } },
            { name: 'to', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } },
          ],
          responses: { ...ok('VersionDiff', 'The changes'), ...problems(400, 403, 404) },
        },
      },
      '/definitions/{key}/draft': {
        get: {
          operationId: 'getDraft',
          summary: "The workflow's draft, shared by its publishers",
          parameters: [workflowKey],
          responses: {
            ...ok('Draft', 'The draft'),
            '204': { description: 'The workflow has no draft' },
            ...problems(403),
          },
        },
        post: {
          operationId: 'saveDraft',
          summary: 'Save the draft without publishing (compare-and-set on `expectedRevision`)',
          description:
            'A draft need not be valid yet; publishing judges it. 409 names who saved since the revision this save replaces.',
          parameters: [workflowKey],
          requestBody: body('DraftBody'),
          responses: { ...ok('Draft', 'The draft as saved'), ...problems(...WRITE) },
        },
        delete: {
          operationId: 'discardDraft',
          summary: "Discard the workflow's draft (at `revision` when given)",
          parameters: [
            workflowKey,
            { name: 'revision', in: 'query', schema: { type: 'integer', minimum: 1 } },
          ],
          responses: { ...ok('DraftRemoved', 'Whether there was a draft'), ...problems(403, 409) },
        },
      },
      '/definitions/{key}/rollback': {
        post: {
          operationId: 'rollback',
          summary: 'Publish an older version again, as the newest',
          parameters: [workflowKey],
          requestBody: body('RollbackBody'),
          responses: {
            ...ok('PublishResult', 'The version published', '201'),
            ...problems(...WRITE),
          },
        },
      },
      '/definitions/{key}/migrations': {
        post: {
          operationId: 'migrateTickets',
          summary: 'Move running tickets to another version (`dryRun`: only report)',
          description:
            'Each active step moves to the step of the same id, or to the one `mapping` names. The report says per ticket: moved, or blocked and why.',
          parameters: [workflowKey],
          requestBody: body('MigrationBody'),
          responses: {
            ...ok('TicketMigrationReport', 'What happened (or would happen) to each ticket'),
            ...problems(...WRITE),
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          security: [],
          responses: {
            '200': {
              description: 'OpenAPI 3.1',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        session: { type: 'apiKey', in: 'cookie', name: 'deskkit_session' },
      },
    },
  };
}
