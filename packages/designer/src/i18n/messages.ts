/**
 * Every user-facing string of the designer and the viewer, in English. Hosts localize by passing a
 * `t` function; keys it does not answer fall back to these.
 */
export const defaultMessages = {
  'designer.ariaLabel': 'Workflow designer',
  'canvas.ariaLabel': 'Workflow canvas: {nodes} steps, {edges} connections',
  'viewer.ariaLabel': 'Workflow progress',

  'tab.process': 'Process',
  'tab.form': 'Form',
  'tab.permissions': 'Field permissions',
  'tab.settings': 'Settings',
  'tabs.ariaLabel': 'Designer sections',

  'toolbar.ariaLabel': 'Designer toolbar',
  'toolbar.undo': 'Undo',
  'toolbar.redo': 'Redo',
  'toolbar.layout': 'Auto layout',
  'toolbar.fit': 'Fit view',
  'toolbar.snap': 'Snap',
  'toolbar.import': 'Import',
  'toolbar.export': 'Export',
  'toolbar.publish': 'Publish',
  'toolbar.publishing': 'Publishing…',
  'toolbar.copy': 'Copy',
  'toolbar.paste': 'Paste',
  'toolbar.delete': 'Delete selection',
  'toolbar.shortcuts':
    'Shortcuts: Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+C/V copy and paste, Delete removes, Ctrl+A selects all',

  'palette.title': 'Steps',
  'palette.ariaLabel': 'Add a step',
  'palette.hint': 'Drag onto the canvas, or press Enter to add',
  'palette.add': 'Add {type}',

  'type.start': 'Start',
  'type.end': 'End',
  'type.task': 'Task',
  'type.approval': 'Approval',
  'type.exclusive': 'Decision',
  'type.parallel': 'Parallel',
  'type.subworkflow': 'Sub-workflow',
  'type.automation': 'Automation',
  'type.timer': 'Timer',
  'typeHint.start': 'Where a request begins',
  'typeHint.end': 'Finishes the ticket',
  'typeHint.task': 'Work done by a person or team',
  'typeHint.approval': 'Approve or reject',
  'typeHint.exclusive': 'Takes the first matching branch',
  'typeHint.parallel': 'Splits into or joins branches',
  'typeHint.subworkflow': 'Runs another workflow',
  'typeHint.automation': 'Sets fields, notifies, calls a handler',
  'typeHint.timer': 'Waits for a duration or a date',

  'node.ariaLabel': '{type} step {name}',
  'node.issues': '{count} problem(s): {messages}',
  'node.unassigned': 'Unassigned',
  'node.claim': 'Claim from {who}',
  'node.fromField': 'From field {field}',
  'node.onCall': 'On call: {rota}',
  'node.noActions': 'No actions',
  'node.waitFor': 'Wait {duration}',
  'node.waitUntil': 'Until {field}',
  'node.runs': 'Runs {key}',
  'node.actionsCount': '{count} action(s)',
  'node.status': 'Ends as {status}',

  'mode.single': 'Single approver',
  'mode.all': 'Everyone (countersign)',
  'mode.any': 'First decision wins',
  'mode.sequential': 'In turn',
  'mode.quorum': 'Quorum',

  'strategy.claim': 'Shared queue (claim)',
  'strategy.fixed': 'Fixed assignees',
  'strategy.roundRobin': 'Round robin',
  'strategy.leastLoaded': 'Least loaded',
  'strategy.field': 'From a form field',
  'strategy.onCall': 'On-call rota',

  'edge.default': 'default',
  'edge.approved': 'approved',
  'edge.rejected': 'rejected',
  'edge.ariaLabel': 'Connection from {from} to {to}',

  'inspector.title': 'Inspector',
  'inspector.empty':
    'Select a step or a connection to edit it. Select several to move or delete them together.',
  'inspector.multi': '{count} items selected',
  'inspector.name': 'Name',
  'inspector.id': 'Id',
  'inspector.idTaken': 'Another step already has the id "{id}".',
  'inspector.description': 'Description',
  'inspector.customerFacing': 'Customer-facing step',
  'inspector.assignment': 'Assignment',
  'inspector.strategy': 'Strategy',
  'inspector.candidates': 'Candidates',
  'inspector.assigneeField': 'Assignee field',
  'inspector.rota': 'On-call rota',
  'inspector.approval': 'Approval',
  'inspector.mode': 'Mode',
  'inspector.quorumMin': 'Minimum approvals',
  'inspector.quorumRatio': 'Or share of approvers (0–1]',
  'inspector.onReject': 'When rejected',
  'inspector.onReject.end': 'End the ticket as rejected',
  'inspector.onReject.requester': 'Return to the requester',
  'inspector.onReject.previous': 'Return to the previous step',
  'inspector.onReject.node': 'Go to a chosen step',
  'inspector.rejectTo': 'Return to step',
  'inspector.actions': 'Allowed actions',
  'inspector.actionsDefault': 'Node-type defaults',
  'inspector.actionsCustom': 'Choose actions',
  'inspector.ola': 'OLA (step deadline)',
  'inspector.olaEnabled': 'This step has an OLA',
  'inspector.olaTarget': 'Target (ISO 8601 duration, e.g. PT4H)',
  'inspector.calendar': 'Calendar',
  'inspector.warnAt': 'Warn at (% of target, comma separated)',
  'inspector.subworkflow': 'Sub-workflow',
  'inspector.subworkflowKey': 'Workflow',
  'inspector.subworkflowVersion': 'Version',
  'inspector.latest': 'Latest published',
  'inspector.inputs': 'Inherit (parent → child)',
  'inspector.outputs': 'Backfill (child → parent)',
  'inspector.childField': 'Child field',
  'inspector.parentField': 'Parent field',
  'inspector.addMapping': 'Add mapping',
  'inspector.remove': 'Remove',
  'inspector.automation': 'Automation',
  'inspector.addAction': 'Add action',
  'inspector.actionType': 'Action type',
  'inspector.field': 'Field',
  'inspector.value': 'Value (jsonata)',
  'inspector.handler': 'Handler',
  'inspector.message': 'Message',
  'inspector.text': 'Text',
  'inspector.recipients': 'Recipients',
  'inspector.priority': 'Priority',
  'inspector.timer': 'Timer',
  'inspector.duration': 'Duration (ISO 8601, e.g. P1D)',
  'inspector.untilField': 'Or wait until date field',
  'inspector.endStatus': 'Ticket status at this end',
  'inspector.exhaustive': 'Conditions cover every case (no default edge needed)',
  'inspector.connectTo': 'Connect to…',
  'inspector.connect': 'Connect',
  'inspector.outgoing': 'Outgoing connections',
  'inspector.incoming': 'Incoming connections',
  'inspector.deleteNode': 'Delete step',
  'inspector.deleteEdge': 'Delete connection',
  'inspector.edge': 'Connection',
  'inspector.label': 'Label',
  'inspector.condition': 'Condition (jsonata)',
  'inspector.defaultEdge': 'Default branch (taken when no condition matches)',
  'inspector.outcome': 'Outcome',
  'inspector.outcome.none': 'Any (approved)',
  'inspector.from': 'From',
  'inspector.to': 'To',
  'inspector.none': '(none)',
  'inspector.fieldsLink': 'Field permissions of this step are in the Field permissions tab.',

  'automation.set': 'Set a field',
  'automation.call': 'Call a handler',
  'automation.notify': 'Notify',
  'automation.assign': 'Assign',
  'automation.setPriority': 'Set priority',
  'automation.raisePriority': 'Raise priority',
  'automation.comment': 'Add a comment',

  'principal.user': 'User',
  'principal.role': 'Role',
  'principal.group': 'Group',
  'principal.department': 'Department',
  'principal.search': 'Search {kind}',
  'principal.add': 'Add',
  'principal.remove': 'Remove {name}',
  'principal.none': 'Nobody chosen yet',
  'principal.noResults': 'No matches',
  'principal.noDirectory': 'No directory connected: type an id and press Enter.',
  'principal.kind': 'Kind',

  'expression.ok': 'Expression parses',
  'expression.error': 'Line {line}, column {column}: {error}',
  'expression.suggestions': 'Field suggestions',
  'expression.hint': 'Type a field name; ↓ to pick a suggestion',

  'matrix.title': 'Field permissions',
  'matrix.caption': 'Who sees and edits each field at each step. Fields not set are read-only.',
  'matrix.field': 'Field',
  'matrix.rules': 'Form rules',
  'matrix.setRow': 'Set {field} at every step',
  'matrix.setColumn': 'Set every field at {step}',
  'matrix.cell': '{field} at {step}',
  'matrix.mixed': 'mixed',
  'matrix.noFields': 'The form has no fields yet. Add fields in the Form tab.',
  'matrix.noSteps': 'The process has no steps yet.',
  'matrix.rule.visible': 'visible when {expr}',
  'matrix.rule.required': 'required when {expr}',
  'matrix.rule.readonly': 'read-only when {expr}',
  'matrix.rule.value': 'computed as {expr}',
  'perm.hidden': 'Hidden',
  'perm.read': 'Read',
  'perm.edit': 'Edit',
  'perm.required': 'Required',

  'settings.general': 'General',
  'settings.name': 'Name',
  'settings.key': 'Key',
  'settings.keyHint': 'Stable id used by links and the API (letters, digits, dashes).',
  'settings.description': 'Description',
  'settings.numberPrefix': 'Ticket number prefix',
  'settings.title': 'Ticket title (jsonata)',
  'settings.catalog': 'Service catalog path',
  'settings.catalogLevel': 'Catalog level {level}',
  'settings.catalogHint': 'Up to 5 levels, e.g. Infrastructure › Changes',
  'settings.start': 'Who may start it',
  'settings.sla': 'SLA policies',
  'settings.addSla': 'Add SLA policy',
  'settings.slaName': 'Policy name',
  'settings.slaId': 'Policy id',
  'settings.slaWhen': 'Applies when (jsonata; first match wins)',
  'settings.response': 'Response target (ISO 8601)',
  'settings.resolution': 'Resolution target (ISO 8601)',
  'settings.pause': 'Pause while (jsonata)',
  'settings.moveUp': 'Move up',
  'settings.moveDown': 'Move down',
  'settings.templates': 'Templates',
  'settings.addTemplate': 'Add template',
  'settings.templateName': 'Template name',
  'settings.templateValues': 'Pre-filled values (JSON object)',
  'settings.templateValuesError': 'Values must be a JSON object: {error}',
  'settings.noSla': 'No SLA policy yet.',
  'settings.noTemplates': 'No template yet.',

  'form.missing': 'The form builder of @deskkit/forms is not available in this build.',

  'issues.title': 'Problems',
  'issues.none': 'No problems found. Ready to publish.',
  'issues.summary': '{errors} error(s), {warnings} warning(s)',
  'issues.error': 'Error',
  'issues.warning': 'Warning',
  'issues.reveal': 'Show {path}',
  'issues.publishBlocked': 'Publishing is blocked until the errors below are fixed.',

  'import.title': 'Import a workflow definition',
  'import.label': 'Definition JSON',
  'import.apply': 'Import',
  'import.cancel': 'Cancel',
  'import.file': 'Or choose a file',
  'import.invalidJson': 'This is not valid JSON: {error}',
  'import.notObject': 'A workflow definition is a JSON object; this is {kind}.',
  'import.missing': 'The definition has no "{key}" ({expected}); the current definition was kept.',
  'import.badNode': 'nodes[{index}] needs a string "id" and a "type" among {types}.',
  'import.badEdge': 'edges[{index}] needs string "id", "from" and "to".',
  'import.kept': 'The current definition was kept.',
  'import.done': 'Imported "{name}".',
  'export.title': 'Definition JSON',
  'export.copy': 'Copy to clipboard',
  'export.download': 'Download',
  'export.close': 'Close',

  'publish.refused': 'Publishing refused: {count} error(s) remain.',
  'publish.done': 'Published.',
  'publish.failed': 'Publishing failed: {error}',

  'announce.added': 'Added {type} step {name}',
  'announce.connected': 'Connected {from} to {to}',
  'announce.deleted': 'Deleted {count} item(s)',
  'announce.undo': 'Undone',
  'announce.redo': 'Redone',
  'announce.pasted': 'Pasted {count} step(s)',
  'announce.copied': 'Copied {count} step(s)',
  'announce.layout': 'Arranged the process automatically',

  'viewer.current': 'In progress',
  'viewer.done': 'Done',
  'viewer.notReached': 'Not reached',
  'viewer.steps': 'Steps',
  'viewer.by': 'by {actor}',
  'viewer.at': '{time}',
  'viewer.outcome': '{outcome}',
  'viewer.sla.running': '{policy} {target}: due {due}',
  'viewer.sla.paused': '{policy} {target}: paused',
  'viewer.sla.met': '{policy} {target}: met',
  'viewer.sla.breached': '{policy} {target}: breached',
  'viewer.status': 'Status: {status}',
  'viewer.noHistory': 'No history yet.',
  'viewer.legend': 'Legend',
} as const;

/** A key of {@link defaultMessages}. */
export type DesignerMessageKey = keyof typeof defaultMessages;

/** Values interpolated into `{name}` placeholders of a message. */
export type MessageVars = Record<string, string | number>;

/**
 * The translation function a host passes to localize the designer and the viewer. Return
 * `undefined` for a key to keep the English default.
 */
export type DesignerTranslate = (key: DesignerMessageKey, vars?: MessageVars) => string | undefined;

/** The resolved translator the components call: always returns a string. */
export type Translator = (key: DesignerMessageKey, vars?: MessageVars) => string;

function interpolate(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/**
 * Builds the translator the components use from an optional host function.
 *
 * @example
 * ```ts
 * const t = createTranslator((key) => (key === 'toolbar.publish' ? 'Veröffentlichen' : undefined));
 * t('toolbar.publish'); // 'Veröffentlichen'
 * ```
 */
export function createTranslator(host?: DesignerTranslate): Translator {
  return (key, vars) => {
    const hosted = host?.(key, vars);
    return hosted ?? interpolate(defaultMessages[key], vars);
  };
}
