import { ACTION_NAMES, NODE_TYPES } from './definition.types';

/**
 * What a definition value must look like, by name: the schema's descriptions. Findings carry the
 * name (`hint`), so a catalog can say it in the reader's language (`finding.hint.<name>`).
 */
export const SCHEMA_HINTS = {
  expression: 'a jsonata expression',
  text: 'a text, or one per locale such as { "en": "Laptop", "zh-CN": "笔记本" }',
  schemaVersion: 'the format version, 1',
  key: 'a stable id of letters, digits, ".", "_" and "-" (e.g. change-request)',
  locale: 'a locale such as en or zh-CN',
  numberPrefix: 'up to 12 letters or digits (e.g. CHG)',
  duration: 'an ISO 8601 duration such as PT4H, P2D or P1DT12H',
  participant: 'one of { user }, { role }, { group } or { department }',
  jsonSchema: 'a JSON Schema',
} as const;

/** ISO 8601 duration (`PT4H`, `P2D`, `P1DT12H`, `P1W`). */
const ISO_DURATION =
  '^P(?!$)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?$';

const ref = <K extends string>(name: K) => ({ $ref: `#/definitions/${name}` }) as const;
const nonEmpty = { type: 'string', minLength: 1 } as const;
const expression = {
  type: 'string',
  minLength: 1,
  description: SCHEMA_HINTS.expression,
} as const;
/** A locale tag such as `en`, `zh-CN` or `zh-Hant-TW`. */
const LOCALE = '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$';
// String keywords (minLength) apply to a plain text, object keywords to a per-locale map.
const localized = <T extends { type: 'string'; minLength?: 1 }>(text: T) =>
  ({
    type: ['string', 'object'],
    ...(text.minLength ? { minLength: text.minLength } : {}),
    minProperties: 1,
    patternProperties: { [LOCALE]: text },
    additionalProperties: false,
    description: SCHEMA_HINTS.text,
  }) as const;
const actionList = { type: 'array', items: ref('automationAction') } as const;
const whenType = <T extends string>(type: T, required: readonly string[]) =>
  ({ if: { properties: { type: { const: type } } }, then: { required } }) as const;

/**
 * The JSON Schema (draft-07) of a {@link WorkflowDefinition}: the published format the designers
 * write and the runtime executes. `validateDefinition` checks it together with the rules a schema
 * cannot express (graph shape, references, expressions).
 *
 * @example
 * ```ts
 * import Ajv from 'ajv';
 * const validate = new Ajv({ allErrors: true }).compile(definitionSchema);
 * validate(JSON.parse(text));
 * ```
 */
export const definitionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:deskkit:workflow-definition:1',
  title: 'Deskkit workflow definition',
  type: 'object',
  required: ['schemaVersion', 'key', 'name', 'form', 'nodes', 'edges'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    schemaVersion: { const: 1, description: SCHEMA_HINTS.schemaVersion },
    key: {
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$',
      description: SCHEMA_HINTS.key,
    },
    name: ref('nonEmptyText'),
    description: ref('text'),
    locales: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', pattern: LOCALE, description: SCHEMA_HINTS.locale },
    },
    catalog: { type: 'array', minItems: 1, maxItems: 5, items: ref('nonEmptyText') },
    numberPrefix: {
      type: 'string',
      pattern: '^[A-Za-z0-9]{1,12}$',
      description: SCHEMA_HINTS.numberPrefix,
    },
    title: expression,
    permissions: {
      type: 'object',
      additionalProperties: false,
      properties: {
        start: ref('principals'),
        view: ref('principals'),
        publish: ref('principals'),
        assign: ref('principals'),
      },
    },
    form: ref('form'),
    nodes: { type: 'array', minItems: 1, items: ref('node') },
    edges: { type: 'array', items: ref('edge') },
    sla: { type: 'array', items: ref('slaPolicy') },
    triggers: { type: 'array', items: ref('trigger') },
    automations: { type: 'array', items: ref('periodicAutomation') },
    autoClose: ref('duration'),
    reopen: {
      type: 'object',
      required: ['within', 'to'],
      additionalProperties: false,
      properties: { within: ref('duration'), to: nonEmpty, sla: { enum: ['resume', 'restart'] } },
    },
    survey: {
      type: 'object',
      additionalProperties: false,
      properties: {
        form: ref('jsonSchema'),
        after: ref('duration'),
        then: { enum: ['close', 'expire'] },
      },
    },
  },
  definitions: {
    text: localized({ type: 'string' }),
    nonEmptyText: localized(nonEmpty),
    duration: {
      type: 'string',
      pattern: ISO_DURATION,
      description: SCHEMA_HINTS.duration,
    },
    principal: {
      type: 'object',
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      properties: { user: nonEmpty, role: nonEmpty, group: nonEmpty, department: nonEmpty },
      description: SCHEMA_HINTS.participant,
    },
    principals: { type: 'array', items: ref('principal') },
    permission: { enum: ['hidden', 'read', 'edit', 'required'] },
    actions: { type: 'array', uniqueItems: true, items: { enum: ACTION_NAMES } },
    warnAt: {
      type: 'array',
      items: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 100 },
    },
    assignment: {
      type: 'object',
      required: ['strategy'],
      additionalProperties: false,
      properties: {
        strategy: { enum: ['claim', 'fixed', 'roundRobin', 'leastLoaded', 'field', 'onCall'] },
        to: ref('principals'),
        field: nonEmpty,
        rota: nonEmpty,
      },
      allOf: [
        { if: { properties: { strategy: { const: 'field' } } }, then: { required: ['field'] } },
        { if: { properties: { strategy: { const: 'onCall' } } }, then: { required: ['rota'] } },
      ],
    },
    approval: {
      type: 'object',
      required: ['mode'],
      additionalProperties: false,
      properties: {
        mode: { enum: ['single', 'all', 'any', 'sequential', 'quorum'] },
        min: { type: 'integer', minimum: 1 },
        ratio: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
        onReject: { enum: ['end', 'requester', 'previous', 'node'] },
        rejectTo: nonEmpty,
        fallback: ref('principals'),
      },
    },
    subworkflow: {
      type: 'object',
      required: ['key'],
      additionalProperties: false,
      properties: {
        key: nonEmpty,
        version: { type: 'integer', minimum: 1 },
        inputs: { type: 'object', additionalProperties: nonEmpty },
        outputs: { type: 'object', additionalProperties: nonEmpty },
      },
    },
    automationAction: {
      type: 'object',
      required: ['type'],
      additionalProperties: false,
      properties: {
        type: {
          enum: ['set', 'call', 'notify', 'assign', 'setPriority', 'raisePriority', 'comment'],
        },
        field: nonEmpty,
        value: { type: 'string' },
        handler: nonEmpty,
        input: { type: 'object', additionalProperties: expression },
        to: ref('principals'),
        message: { type: 'string' },
        text: { type: 'string' },
      },
      allOf: [
        whenType('set', ['field', 'value']),
        whenType('call', ['handler']),
        whenType('assign', ['to']),
        whenType('setPriority', ['value']),
        whenType('comment', ['text']),
      ],
    },
    ola: {
      type: 'object',
      required: ['target'],
      additionalProperties: false,
      properties: {
        target: ref('duration'),
        calendar: nonEmpty,
        warnAt: ref('warnAt'),
        onWarn: actionList,
        onBreach: actionList,
      },
    },
    node: {
      type: 'object',
      required: ['id', 'type'],
      additionalProperties: false,
      properties: {
        id: nonEmpty,
        type: { enum: NODE_TYPES },
        name: ref('text'),
        description: ref('text'),
        position: {
          type: 'object',
          required: ['x', 'y'],
          additionalProperties: false,
          properties: { x: { type: 'number' }, y: { type: 'number' } },
        },
        fields: { type: 'object', additionalProperties: ref('permission') },
        actions: ref('actions'),
        requireReason: ref('actions'),
        ola: ref('ola'),
        customerFacing: { type: 'boolean' },
        status: { enum: ['resolved', 'closed', 'rejected', 'cancelled'] },
        assign: ref('assignment'),
        approval: ref('approval'),
        allowRequester: { type: 'boolean' },
        exhaustive: { type: 'boolean' },
        subworkflow: ref('subworkflow'),
        automation: {
          type: 'object',
          required: ['actions'],
          additionalProperties: false,
          properties: { actions: actionList },
        },
        timer: {
          type: 'object',
          additionalProperties: false,
          properties: { duration: ref('duration'), untilField: nonEmpty, calendar: nonEmpty },
        },
      },
      allOf: [
        whenType('approval', ['approval']),
        whenType('subworkflow', ['subworkflow']),
        whenType('automation', ['automation']),
        whenType('timer', ['timer']),
      ],
    },
    edge: {
      type: 'object',
      required: ['id', 'from', 'to'],
      additionalProperties: false,
      properties: {
        id: nonEmpty,
        from: nonEmpty,
        to: nonEmpty,
        when: expression,
        default: { type: 'boolean' },
        label: ref('text'),
        outcome: { enum: ['approved', 'rejected'] },
      },
    },
    jsonSchema: {
      type: 'object',
      description: SCHEMA_HINTS.jsonSchema,
      properties: {
        type: {
          anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
        },
        title: ref('text'),
        description: ref('text'),
        properties: { type: 'object', additionalProperties: ref('jsonSchema') },
        required: { type: 'array', items: { type: 'string' } },
        items: ref('jsonSchema'),
      },
    },
    fieldOption: {
      type: 'object',
      required: ['value', 'label'],
      additionalProperties: false,
      properties: {
        value: { type: ['string', 'number', 'boolean'] },
        label: ref('text'),
        parent: { type: ['string', 'number', 'boolean'] },
      },
    },
    fieldUi: {
      type: 'object',
      properties: {
        widget: nonEmpty,
        label: ref('text'),
        help: ref('text'),
        placeholder: ref('text'),
        span: { enum: [1, 2, 3, 4] },
        options: { type: 'array', items: ref('fieldOption') },
        source: nonEmpty,
        dependsOn: nonEmpty,
        props: { type: 'object' },
      },
    },
    layoutNode: {
      type: 'object',
      required: ['type'],
      additionalProperties: false,
      properties: {
        type: { enum: ['tab', 'group', 'row', 'field', 'text'] },
        id: nonEmpty,
        title: ref('text'),
        field: nonEmpty,
        content: ref('text'),
        columns: { enum: [1, 2, 3, 4] },
        collapsible: { type: 'boolean' },
        collapsed: { type: 'boolean' },
        children: { type: 'array', items: ref('layoutNode') },
      },
      allOf: [
        whenType('tab', ['id', 'title', 'children']),
        whenType('group', ['id', 'title', 'children']),
        whenType('row', ['id', 'children']),
        whenType('field', ['field']),
        whenType('text', ['id', 'content']),
      ],
    },
    rule: {
      type: 'object',
      required: ['field'],
      additionalProperties: false,
      properties: {
        id: nonEmpty,
        field: nonEmpty,
        visible: expression,
        required: expression,
        readonly: expression,
        value: expression,
      },
    },
    template: {
      type: 'object',
      required: ['id', 'name', 'values'],
      additionalProperties: false,
      properties: {
        id: nonEmpty,
        name: ref('nonEmptyText'),
        description: ref('text'),
        values: { type: 'object' },
      },
    },
    form: {
      type: 'object',
      required: ['schema'],
      additionalProperties: false,
      properties: {
        schema: ref('jsonSchema'),
        ui: {
          type: 'object',
          additionalProperties: false,
          properties: {
            layout: { type: 'array', items: ref('layoutNode') },
            fields: { type: 'object', additionalProperties: ref('fieldUi') },
          },
        },
        rules: { type: 'array', items: ref('rule') },
        templates: { type: 'array', items: ref('template') },
      },
    },
    slaPolicy: {
      type: 'object',
      required: ['id', 'name', 'targets'],
      additionalProperties: false,
      properties: {
        id: nonEmpty,
        name: ref('nonEmptyText'),
        when: expression,
        targets: {
          type: 'object',
          minProperties: 1,
          additionalProperties: false,
          properties: { response: ref('duration'), resolution: ref('duration') },
        },
        calendar: nonEmpty,
        warnAt: ref('warnAt'),
        start: expression,
        pause: expression,
        stop: expression,
        cancel: expression,
        onWarn: actionList,
        onBreach: actionList,
        onPolicyChange: { enum: ['restart', 'retroactive', 'carry'] },
      },
    },
    trigger: {
      type: 'object',
      required: ['id', 'on', 'actions'],
      additionalProperties: false,
      properties: {
        id: nonEmpty,
        name: ref('text'),
        on: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { enum: ['created', 'updated', 'action', 'statusChanged', 'nodeEntered'] },
        },
        when: expression,
        actions: actionList,
      },
    },
    periodicAutomation: {
      type: 'object',
      required: ['id', 'every', 'select', 'actions'],
      additionalProperties: false,
      properties: {
        id: nonEmpty,
        name: ref('text'),
        every: ref('duration'),
        select: expression,
        actions: actionList,
      },
    },
  },
} as const;

/** The type of {@link definitionSchema}. */
export type DefinitionSchema = typeof definitionSchema;
