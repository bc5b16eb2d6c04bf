import type { findingMessagesEn } from './findings.en';

/** The messages of definition findings in Simplified Chinese (see `findingMessagesEn`). */
export const findingMessagesZhCN: Record<keyof typeof findingMessagesEn, string> = {
  'finding.step':
    '{type, select, start {开始节点} end {结束节点} task {任务} approval {审批} exclusive {条件分支} parallel {并行网关} subworkflow {子流程} automation {自动化} timer {定时器} other {步骤}}“{id}”',
  'finding.owner':
    '{kind, select, edge {连线“{owner}”} sla {SLA 策略“{owner}”} trigger {触发器“{owner}”} automation {定期自动化“{owner}”} rule {第 {owner} 条表单规则} template {模板“{owner}”} other {流程}}',
  'finding.named': '{label}（{name}）',
  'finding.property': '“{property}”',
  'finding.propertyOf': '{owner}的“{property}”',
  'finding.hint.expression': 'jsonata 表达式',
  'finding.hint.text': `文本，或按语言分别填写，例如 '{ "en": "Laptop", "zh-CN": "笔记本" }'`,
  'finding.hint.schemaVersion': '格式版本号 1',
  'finding.hint.key': '由字母、数字、“.”、“_”和“-”组成的稳定 ID（例如 change-request）',
  'finding.hint.locale': '语言代码，例如 en 或 zh-CN',
  'finding.hint.numberPrefix': '最多 12 个字母或数字（例如 CHG）',
  'finding.hint.duration': 'ISO 8601 时长，例如 PT4H、P2D 或 P1DT12H',
  'finding.hint.participant': "'{ user }'、'{ role }'、'{ group }' 或 '{ department }' 之一",
  'finding.hint.jsonSchema': 'JSON Schema',

  'finding.DUPLICATE_NODE_ID': '有两个节点的 ID 都是“{id}”，请为每个节点设置不同的 ID。',
  'finding.DUPLICATE_EDGE_ID': '有两条连线的 ID 都是“{id}”，请为每条连线设置不同的 ID。',
  'finding.DUPLICATE_ID':
    '{list, select, sla {SLA 策略} triggers {触发器} automations {定期自动化} templates {模板} rules {表单规则} other {表单布局的标签页、分组、行或文本}}中有两项的 ID 都是“{id}”，请为每一项设置不同的 ID。',
  'finding.EDGE_SOURCE_UNKNOWN':
    '连线“{edge}”的起点是节点“{target}”，但该节点不存在；请连接到已有节点，或删除此连线。',
  'finding.EDGE_TARGET_UNKNOWN':
    '连线“{edge}”指向节点“{target}”，但该节点不存在；请连接到已有节点，或删除此连线。',
  'finding.START_MISSING': '流程没有开始节点；请添加一个（只能有一个）。',
  'finding.START_MULTIPLE': '流程有多个开始节点；请删除{step}，或将其改为其他类型。',
  'finding.END_MISSING': '流程没有结束节点；请至少添加一个。',
  'finding.START_HAS_INCOMING': '连线“{edge}”指回了开始节点；请改为指向开始之后的步骤。',
  'finding.END_HAS_OUTGOING':
    '连线“{edge}”从{step}流出；结束节点之后不会再执行任何步骤，请删除此连线或改用其他节点类型。',
  'finding.NODE_UNREACHABLE': '从开始节点无法到达{step}；请为它连接一条连线，或将其删除。',
  'finding.NODE_CANNOT_REACH_END':
    '从{step}没有通往结束节点的路径，停在这里的工单永远无法完成；请添加一条通往结束节点的连线。',
  'finding.PARALLEL_SPLIT_UNMATCHED':
    '{step}的 {count} 个分支之后不再汇合；请让所有分支先汇入同一个并行网关（汇合点），流程再继续。',
  'finding.PARALLEL_JOIN_UNMATCHED':
    '{step}等待 {count} 个流入分支，但它们并非都来自同一个并行拆分，因此可能永远等待；请改用条件分支合并这些备选路径。',
  'finding.EXCLUSIVE_DEFAULT_MISSING':
    '{step}没有默认连线；请将一条流出连线设为默认，如果条件已覆盖所有情况，也可将其标记为“条件已覆盖所有情况”。',
  'finding.EXCLUSIVE_MULTIPLE_DEFAULTS': '{step}有多条默认连线；只能将一条连线设为默认。',
  'finding.EXCLUSIVE_CONDITION_MISSING':
    '从{step}流出的连线“{edge}”没有条件；请添加条件表达式（when），或将其设为默认连线。',
  'finding.APPROVAL_REJECT_TO_MISSING':
    '{step}设置为驳回后退回指定步骤，但没有指定；请在“rejectTo”中填写要退回的步骤 ID。',
  'finding.APPROVAL_REJECT_TO_UNKNOWN':
    '{step}驳回后退回到节点“{target}”，但该节点不存在；请选择已有的步骤。',
  'finding.QUORUM_THRESHOLD_MISSING':
    '{step}按比例通过，但既没有设置最少同意人数（min），也没有设置同意人数占比（ratio）；请设置其中之一。',
  'finding.APPROVAL_REQUESTER_ONLY':
    '{step}只能由申请人本人审批，而申请人不能审批自己的工单；请指派其他审批人、设置“approval.fallback”，或将“allowRequester”设为 true。',
  'finding.TIMER_WAIT_MISSING':
    '{step}没有说明要等待多久；请设置“duration”（例如 PT4H），或设置存放日期的“untilField”。',
  'finding.REOPEN_TARGET_INVALID':
    '重新打开的工单会转到“{target}”，但它不是此流程中的任务、审批或开始步骤；请选择其中之一。',
  'finding.FIELD_REQUIRED_BUT_HIDDEN':
    '字段“{field}”在表单中为必填，但在{step}中被隐藏，{nodeType, select, start {因此永远无法提交申请；请在该步骤将其设为可编辑，或取消必填。} other {因此在该步骤不会要求填写。}}',
  'finding.RULE_CYCLE': '计算值之间存在循环依赖（{cycle}）；请打破循环，使每个值都能算出。',
  'finding.EXPRESSION_INVALID': '{where}无法解析（第 {line} 行第 {column} 列）：{detail}',
  'finding.FIELD_UNKNOWN':
    '{where}{column, plural, =0 {引用了字段“{field}”} other {读取了字段“{field}”（第 # 列）}}，但表单中没有该字段；请添加该字段或更正名称。',
  'finding.FIELD_EXISTS': '{empty, select, yes {字段需要名称。} other {表单中已有字段“{field}”。}}',
  'finding.FORM_SCHEMA_NOT_OBJECT':
    '表单 Schema 必须是对象类型（"type": "object"），并在“properties”中为每个字段列出一项。',
  'finding.FORM_SCHEMA_INVALID': '表单 Schema 不是有效的 JSON Schema：{detail}',

  'finding.NODE_NO_NAME': '{step}没有名称；请为它命名，让大家知道这一步做什么。',
  'finding.NODE_UNASSIGNABLE':
    '{strategy, select, none {{step}没有说明由谁处理；请添加分派方式。} other {{step}按“{strategy}”分派，但没有列出候选人，因此永远无法分派给任何人；请添加用户、角色、组或部门。}}',
  'finding.NODE_NO_ACTIONS': '{step}不允许任何操作，因此没有人能完成它；请至少允许一个操作。',
  'finding.NODE_NO_SLA': '{step}面向客户，但该步骤（OLA）和流程（SLA 策略）都没有设置目标时间。',
  'finding.SETTING_IGNORED':
    '{setting, select, requireReason {{step}要求 {actions} 时填写原因，但该步骤不允许这些操作；此设置不会生效。} quorum {{step}设置了比例（min/ratio），但审批方式是“{mode}”；比例设置不会生效。} other {{step}设置了“rejectTo”，但“onReject”不是“node”；退回目标不会生效。}}',
  'finding.EXCLUSIVE_SINGLE_EDGE':
    '{step}只有一条流出连线，起不到分支判断的作用；请删除它，或添加其他路径。',
  'finding.SUBWORKFLOW_SELF':
    '{step}把本流程作为自己的子流程启动；请确保有条件能终止这种循环调用。',
  'finding.SUBWORKFLOW_MISSING':
    '{step}启动流程“{workflow}”{version, select, latest {} other {（版本 {version}）}}，但该流程尚未发布；请先发布它。',
  'finding.TIMER_FIELD_NOT_DATE':
    '{step}等到字段“{field}”的时间，但该字段不是日期或日期时间字段；请为该字段设置 "format": "date-time"。',
  'finding.APPROVAL_NO_REJECT_PATH':
    '{step}没有说明驳回后怎么办；请设置“onReject”，或添加一条审批结果为“已驳回”（rejected）的连线。',
  'finding.APPROVAL_ACTIONS_MISSING':
    '{step}没有同时允许“同意”（approve）和“驳回”（reject）；审批人两者都需要。',
  'finding.QUORUM_UNREACHABLE': '{step}需要 {min} 人同意，但只列出了 {count} 位审批人。',
  'finding.ROUTE_DEFAULT_MISSING':
    '{step}按条件选择下一步，但没有默认连线；如果所有条件都不成立，工单会停在这里。',
  'finding.ROUTE_AMBIGUOUS':
    '{step}有 {count} 条没有条件的流出连线，但只会走第一条；请添加条件，或用并行网关同时走所有连线。',
  'finding.REQUIRED_FIELD_NOT_EDITABLE':
    '{at, select, start {字段“{field}”为必填，但申请人在开始步骤无法填写，因此无法提交申请；请在开始步骤将其设为可编辑。} other {字段“{field}”为必填，但没有任何步骤可以填写；请在开始步骤或某个任务中将其设为可编辑。}}',
  'finding.FIELD_EDITABLE_NOWHERE':
    '字段“{field}”在任何步骤都不可编辑，也没有任何规则或动作计算它，因此始终为空；请在某处允许编辑，或删除该字段。',
  'finding.RULE_MAY_FAIL':
    '字段“{field}”的{kind, select, visible {显示} required {必填} readonly {只读} other {计算值}}规则调用了 {fn}，该函数遇到无法处理的值会报错；规则报错时，字段会被隐藏并设为只读。请为调用加上保护（例如用 $exists 或类型检查）。',
  'finding.RULE_EMPTY':
    '第 {rule} 条表单规则（字段“{field}”）没有任何表达式，不起作用；请添加表达式，或删除该规则。',
  'finding.RULE_VALUE_CONFLICT': '字段“{field}”由多条规则计算，只有最后一条生效。',
  'finding.TEMPLATE_VALUE_NOT_EDITABLE':
    '模板“{template}”填写了字段“{field}”，但申请人在开始步骤无法编辑该字段，因此该值会被拒绝；请从模板中移除它，或将该字段设为可编辑。',
  'finding.TEMPLATE_VALUE_INVALID':
    '模板“{template}”为字段“{field}”填写的值不被该字段接受：{detail}',
  'finding.CATALOG_MISSING':
    '流程没有服务目录路径，申请人在服务目录中找不到它；请设置“catalog”，例如 ["账号与权限", "访问权限"]。',
  'finding.START_OPEN_TO_ALL':
    '流程没有说明谁可以发起，因此任何人都能发起；请在“permissions.start”中设置适用的角色、组或部门。',
  'finding.WORKFLOW_NO_SLA': '流程没有 SLA 策略，工单没有目标响应时间或解决时间；请添加一个。',
  'finding.SLA_POLICY_SHADOWS':
    'SLA 策略“{policy}”没有条件，因此总是生效，排在它之后的策略永远不会生效；请为它设置条件（when），或把它移到最后。',
  'finding.TRIGGER_NO_ACTIONS': '触发器“{trigger}”不执行任何动作；请添加动作，或将其删除。',
  'finding.DURATION_DAYS_ON_CALENDAR':
    '{site, select, response {SLA 策略“{id}”的响应目标} resolution {SLA 策略“{id}”的解决目标} ola {步骤“{id}”的 OLA} other {定时器“{id}”}}“{duration}”按“{calendar}”日历计算工作时间，而这里一天按 24 个工作小时计：它表示 {hours} 个工作小时，{known, select, yes {在“{calendar}”上} other {按每个工作日 8 小时计}}约为 {workingDays} 个工作日，因此“{days} 天内”实际约在 {later} 个日历日后才到期。如果要 {days} 个工作日，请写“{fix}”{known, select, yes {} other {（假设每个工作日 8 小时）}}；如果要 {days} 个日历日，请去掉日历。',
  'finding.TEXT_LOCALE_MISSING':
    '{where}缺少 {locales} 文本；请在其他语言旁补上，否则 {locales} 的读者会看到其他语言。',
  'finding.TIME_CONFIG_INVALID': '此时间设置无法使用：{detail}',

  'finding.value': '该值',
  'finding.SCHEMA_REQUIRED': '{where}缺少“{name}”。',
  'finding.SCHEMA_UNKNOWN_PROPERTY': '{where}有未知属性“{name}”；请删除它，或更正拼写。',
  'finding.SCHEMA_INVALID_TYPE':
    '{where}必须是{expected, select, string {文本} number {数字} integer {整数} boolean {true 或 false} array {列表} object {对象} null {空值} other {{expected} 类型}}。',
  'finding.SCHEMA_INVALID_VALUE': '{where}必须是以下值之一：{allowed}。',
  'finding.SCHEMA_INVALID_FORMAT':
    '{where}格式不正确{described, select, yes {，应为{description}} other {}}。',
  'finding.SCHEMA_INVALID_LENGTH':
    '{where}{bound, select, min {{limit, plural, =1 {不能为空} other {至少需要 {limit} {unit, select, characters {个字符} items {项} other {个条目}}}}} max {最多只能有 {limit} {unit, select, characters {个字符} items {项} other {个条目}}} other {必须是 {description}}}。',
  'finding.SCHEMA_OUT_OF_RANGE':
    '{where}必须{range, select, min {不小于 {limit}} max {不大于 {limit}} above {大于 {limit}} below {小于 {limit}} other {是 {limit} 的倍数}}。',
  'finding.SCHEMA_DUPLICATE_ITEMS': '{where}不能重复列出同一项。',
  'finding.SCHEMA_INVALID': '{where}无效。',

  'finding.NO_START': '流程没有开始节点；请添加一个。',
  'finding.UNKNOWN_NODE': '流程中没有这个步骤。',
  'finding.NO_ROUTE': '没有可走的流出连线；请添加一条默认连线。',
  'finding.ENDLESS_LOOP': '流程在没有等待步骤的情况下循环；请在循环中加入任务、审批或定时器。',
};
