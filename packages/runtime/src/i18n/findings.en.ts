/**
 * The messages of definition findings (`validateDefinition`, `lintDefinition`, publishing), in
 * English, keyed `finding.<code>`. Their values are the finding's `params`, plus `{step}` (a
 * node's label, from `node`/`nodeType`/`nodeName`) and `{where}` (what a path points into, from
 * `ownerKind`/`owner`/`property`), which `i18n.findingMessage` composes from the `finding.step`,
 * `finding.owner`, `finding.named`, `finding.property` and `finding.propertyOf` messages.
 */
export const findingMessagesEn = {
  'finding.step':
    '{type, select, start {start node} end {end node} task {task} approval {approval} exclusive {exclusive gateway} parallel {parallel gateway} subworkflow {subworkflow} automation {automation} timer {timer} other {step}} "{id}"',
  'finding.owner':
    '{kind, select, edge {edge "{owner}"} sla {SLA policy "{owner}"} trigger {trigger "{owner}"} automation {periodic automation "{owner}"} rule {form rule {owner}} template {template "{owner}"} other {the workflow}}',
  'finding.named': '{label} ({name})',
  'finding.property': '"{property}"',
  'finding.propertyOf': '"{property}" of {owner}',
  'finding.hint.expression': 'a jsonata expression',
  'finding.hint.text': `a text, or one per locale such as '{ "en": "Laptop", "zh-CN": "笔记本" }'`,
  'finding.hint.schemaVersion': 'the format version, 1',
  'finding.hint.key': 'a stable id of letters, digits, ".", "_" and "-" (e.g. change-request)',
  'finding.hint.locale': 'a locale such as en or zh-CN',
  'finding.hint.numberPrefix': 'up to 12 letters or digits (e.g. CHG)',
  'finding.hint.duration': 'an ISO 8601 duration such as PT4H, P2D or P1DT12H',
  'finding.hint.participant': "one of '{ user }', '{ role }', '{ group }' or '{ department }'",
  'finding.hint.jsonSchema': 'a JSON Schema',

  'finding.DUPLICATE_NODE_ID': 'Two nodes have the id "{id}"; give each node its own id.',
  'finding.DUPLICATE_EDGE_ID': 'Two edges have the id "{id}"; give each edge its own id.',
  'finding.DUPLICATE_ID':
    'Two {list, select, sla {SLA policies} triggers {triggers} automations {periodic automations} templates {templates} rules {form rules} other {tabs, groups, rows or texts of the form layout}} have the id "{id}"; give each its own id.',
  'finding.EDGE_SOURCE_UNKNOWN':
    'Edge "{edge}" starts at node "{target}", which does not exist; connect it to an existing node or delete it.',
  'finding.EDGE_TARGET_UNKNOWN':
    'Edge "{edge}" leads to node "{target}", which does not exist; connect it to an existing node or delete it.',
  'finding.START_MISSING': 'The workflow has no start node; add exactly one.',
  'finding.START_MULTIPLE':
    'The workflow has more than one start node; remove {step} or turn it into another type.',
  'finding.END_MISSING': 'The workflow has no end node; add at least one.',
  'finding.START_HAS_INCOMING':
    'Edge "{edge}" leads back into the start node; lead it to a step after the start instead.',
  'finding.END_HAS_OUTGOING':
    'Edge "{edge}" leaves {step}; nothing runs after an end node, so delete the edge or use another node type.',
  'finding.NODE_UNREACHABLE':
    '{step} cannot be reached from the start; connect an edge to it or delete it.',
  'finding.NODE_CANNOT_REACH_END':
    'No path leads from {step} to an end node, so tickets there could never finish; add an edge towards an end.',
  'finding.PARALLEL_SPLIT_UNMATCHED':
    'The {count} branches of {step} never meet again; lead every branch into one parallel gateway (a join) before the workflow goes on.',
  'finding.PARALLEL_JOIN_UNMATCHED':
    '{step} waits for {count} incoming branches, but they do not all come from one parallel split, so it could wait forever; merge alternative paths with an exclusive gateway instead.',
  'finding.EXCLUSIVE_DEFAULT_MISSING':
    '{step} has no default edge; mark one outgoing edge as default, or declare the gateway exhaustive if its conditions cover every case.',
  'finding.EXCLUSIVE_MULTIPLE_DEFAULTS':
    '{step} has more than one default edge; keep "default" on one edge only.',
  'finding.EXCLUSIVE_CONDITION_MISSING':
    'Edge "{edge}" leaves {step} without a condition; add a "when" expression or make it the default edge.',
  'finding.APPROVAL_REJECT_TO_MISSING':
    '{step} sends rejections to a named node but names none; set "rejectTo" to the id of the step to return to.',
  'finding.APPROVAL_REJECT_TO_UNKNOWN':
    '{step} sends rejections to node "{target}", which does not exist; choose an existing step.',
  'finding.QUORUM_THRESHOLD_MISSING':
    '{step} decides by quorum but says neither how many approvals ("min") nor what share ("ratio") are enough; set one of them.',
  'finding.APPROVAL_REQUESTER_ONLY':
    '{step} would be approved by the requester alone, who may not approve their own ticket; assign other approvers, declare "approval.fallback", or set "allowRequester": true.',
  'finding.TIMER_WAIT_MISSING':
    '{step} does not say how long to wait; set a "duration" (e.g. PT4H) or an "untilField" holding a date.',
  'finding.REOPEN_TARGET_INVALID':
    'Reopened tickets go to "{target}", which is not a task, approval or start step of this workflow; choose one.',
  'finding.FIELD_REQUIRED_BUT_HIDDEN':
    'Field "{field}" is required by the form but hidden at {step}, {nodeType, select, start {so no request could ever be submitted; make it editable there or not required.} other {so it is not required there.}}',
  'finding.RULE_CYCLE':
    'Computed values depend on each other in a circle ({cycle}); break the circle so each value can be computed.',
  'finding.EXPRESSION_INVALID': '{where} does not parse at line {line}, column {column}: {detail}',
  'finding.FIELD_UNKNOWN':
    '{where} {column, plural, =0 {names field "{field}"} other {reads field "{field}" (at column #)}}, which is not in the form; add the field or correct the name.',
  'finding.FIELD_EXISTS':
    '{empty, select, yes {A field needs a name.} other {The form already has a field "{field}".}}',
  'finding.FORM_SCHEMA_NOT_OBJECT':
    'The form schema must be an object schema ("type": "object") with "properties", one per field.',
  'finding.FORM_SCHEMA_INVALID': 'The form schema is not a valid JSON Schema: {detail}',

  'finding.NODE_NO_NAME': '{step} has no name; name it so people see what happens at this step.',
  'finding.NODE_UNASSIGNABLE':
    '{strategy, select, none {{step} says nothing about who does it; add an assignment.} other {{step} is assigned by "{strategy}" but lists no candidates, so nobody could ever be assigned; add users, roles, groups or departments.}}',
  'finding.NODE_NO_ACTIONS':
    '{step} allows no action, so nobody could complete it; allow at least one.',
  'finding.NODE_NO_SLA':
    '{step} is customer-facing but neither it (an OLA) nor the workflow (an SLA policy) sets a target time.',
  'finding.SETTING_IGNORED':
    '{setting, select, requireReason {{step} requires a reason for {actions}, which it does not allow; the setting is ignored.} quorum {{step} sets a quorum ("min"/"ratio") but decides by "{mode}"; the quorum is ignored.} other {{step} names "rejectTo" but "onReject" is not "node"; the target is ignored.}}',
  'finding.EXCLUSIVE_SINGLE_EDGE':
    '{step} has only one way out, so it decides nothing; remove it or add the other paths.',
  'finding.SUBWORKFLOW_SELF':
    '{step} starts this same workflow as its own child; make sure a condition stops the chain.',
  'finding.SUBWORKFLOW_MISSING':
    '{step} starts workflow "{workflow}"{version, select, latest {} other { version {version}}}, which is not published; publish it first.',
  'finding.TIMER_FIELD_NOT_DATE':
    '{step} waits until field "{field}", which is not a date or date-time field; give the field "format": "date-time".',
  'finding.APPROVAL_NO_REJECT_PATH':
    '{step} does not say what a rejection does; set "onReject" or add an edge with outcome "rejected".',
  'finding.APPROVAL_ACTIONS_MISSING':
    '{step} does not allow both "approve" and "reject"; approvers need both.',
  'finding.QUORUM_UNREACHABLE':
    '{step} needs {min} approvals but only {count} approvers are listed.',
  'finding.ROUTE_DEFAULT_MISSING':
    '{step} chooses its next step by conditions but has no default edge; if no condition holds, tickets get stuck there.',
  'finding.ROUTE_AMBIGUOUS':
    '{step} has {count} outgoing edges without a condition and only the first is ever taken; add conditions, or a parallel gateway to take them all.',
  'finding.REQUIRED_FIELD_NOT_EDITABLE':
    '{at, select, start {Field "{field}" is required but the requester cannot fill it in at the start, so no request could be submitted; make it editable at the start.} other {Field "{field}" is required but nobody can fill it in at any step; make it editable at the start or at a task.}}',
  'finding.FIELD_EDITABLE_NOWHERE':
    'Field "{field}" is editable at no step and computed by nothing, so it always stays empty; allow editing it somewhere or remove it.',
  'finding.RULE_MAY_FAIL':
    'The {kind} rule of field "{field}" calls {fn}, which throws on values it cannot handle; a rule that throws hides the field and makes it read-only. Guard the call (e.g. with $exists or a type check).',
  'finding.RULE_EMPTY':
    'Form rule {rule} (field "{field}") has no expression and does nothing; add one or delete the rule.',
  'finding.RULE_VALUE_CONFLICT':
    'Field "{field}" is computed by more than one rule; only the last one counts.',
  'finding.TEMPLATE_VALUE_NOT_EDITABLE':
    'Template "{template}" fills field "{field}", which the requester cannot edit at the start, so the value is refused; remove it from the template or make the field editable.',
  'finding.TEMPLATE_VALUE_INVALID':
    'Template "{template}" fills field "{field}" with a value the field does not accept: {detail}',
  'finding.CATALOG_MISSING':
    'The workflow has no service catalog path, so requesters will not find it in the catalog; set "catalog", e.g. ["Accounts & access", "Access"].',
  'finding.START_OPEN_TO_ALL':
    'The workflow does not say who may raise it, so anyone can; set "permissions.start" to the roles, groups or departments it is for.',
  'finding.WORKFLOW_NO_SLA':
    'The workflow has no SLA policy, so no ticket has a target response or resolution time; add one.',
  'finding.SLA_POLICY_SHADOWS':
    'SLA policy "{policy}" has no condition, so it always applies and the policies after it never do; give it a "when" or move it last.',
  'finding.TRIGGER_NO_ACTIONS': 'Trigger "{trigger}" does nothing; add an action or delete it.',
  'finding.DURATION_DAYS_ON_CALENDAR':
    '{site, select, response {SLA policy "{id}" response target} resolution {SLA policy "{id}" resolution target} ola {The OLA of step "{id}"} other {Timer "{id}"}} "{duration}" counts working time on the "{calendar}" calendar, where a day is 24 working hours: it means {hours} working hours, {workingDays} working days {known, select, yes {on "{calendar}"} other {with 8-hour working days}}, so "within {days, plural, one {# day} other {# days}}" comes due about {later} calendar days later. For {days, plural, one {# working day} other {# working days}} write "{fix}"{known, select, yes {} other { (if a working day is 8 hours)}}; for {days, plural, one {# calendar day} other {# calendar days}}, remove the calendar.',
  'finding.TEXT_LOCALE_MISSING':
    '{where} has no {locales} text; add it beside the others, or readers of {locales} see another language.',
  'finding.TIME_CONFIG_INVALID': 'This time setting cannot be used: {detail}',

  'finding.value': 'The value',
  'finding.SCHEMA_REQUIRED': '{where} is missing "{name}".',
  'finding.SCHEMA_UNKNOWN_PROPERTY':
    '{where} has an unknown property "{name}"; remove it or correct its spelling.',
  'finding.SCHEMA_INVALID_TYPE':
    '{where} must be {expected, select, string {text} number {a number} integer {a whole number} boolean {true or false} array {a list} object {an object} null {empty} other {of type {expected}}}.',
  'finding.SCHEMA_INVALID_VALUE': '{where} must be one of {allowed}.',
  'finding.SCHEMA_INVALID_FORMAT':
    '{where} {described, select, yes {must be {description}} other {is not in the expected format}}.',
  'finding.SCHEMA_INVALID_LENGTH':
    '{where} {bound, select, min {{unit, select, items {must have at least {limit, plural, one {# item} other {# items}}} characters {{limit, plural, =1 {must not be empty} other {must be at least # characters}}} other {{limit, plural, =1 {must not be empty} other {must have at least # entries}}}}} max {{unit, select, characters {must be at most {limit} characters} items {must have at most {limit, plural, one {# item} other {# items}}} other {must have at most {limit} entries}}} other {must be {description}}}.',
  'finding.SCHEMA_OUT_OF_RANGE':
    '{where} must be {range, select, min {at least {limit}} max {at most {limit}} above {greater than {limit}} below {less than {limit}} other {a multiple of {limit}}}.',
  'finding.SCHEMA_DUPLICATE_ITEMS': '{where} must not list the same item twice.',
  'finding.SCHEMA_INVALID': '{where} is not valid.',

  'finding.NO_START': 'The workflow has no start node; add one.',
  'finding.UNKNOWN_NODE': 'The workflow has no such step.',
  'finding.NO_ROUTE': 'No outgoing edge applies; add a default edge.',
  'finding.ENDLESS_LOOP':
    'The workflow loops without a step that waits; add a task, approval or timer to the loop.',
} as const;
