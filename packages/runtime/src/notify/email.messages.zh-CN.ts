import type { EmailMessages } from './email.messages.en';

/** The e-mail templates in Simplified Chinese. */
export const emailMessagesZhCN: EmailMessages = {
  'subject.assigned': '[{number}] 分配给您：{title}',
  'subject.queued': '[{number}] 您的队列有新工作：{title}',
  'subject.approvalRequested': '[{number}] 请您审批：{title}',
  'subject.urged': '[{number}] 催办提醒：{title} 正在等您处理',
  'subject.slaWarning': '[{number}] SLA 预警：{title}',
  'subject.slaBreached': '[{number}] SLA 已超时：{title}',
  'subject.mentioned': '[{number}] {actor} 提到了您：{title}',
  'subject.statusChanged': '[{number}] 状态变为{to}：{title}',
  'subject.resolved': '[{number}] 已解决：{title}',
  'subject.notice': '[{number}] {title}',
  'body.assigned': '{actor} 将 {number} 的“{node}”分配给了您。',
  'body.queued': '{number} 的“{node}”正在您所在的队列中等待处理。',
  'body.approvalRequested': '请您对 {number} 的“{node}”做出审批决定。',
  'body.urged': '{actor} 催办了您在 {number} 上负责的工作。',
  'body.slaWarning': '{number} 已用去{target}目标（{policy}）时限的 {threshold}%。',
  'body.slaBreached': '{number} 未能达成{target}目标（{policy}）。',
  'body.mentioned': '{actor} 在 {number} 中提到了您：',
  'body.statusChanged': '{number} 的状态已从{from}变为{to}。',
  'body.resolved': '{number} 已解决。',
  'body.survey': '请告诉我们服务如何：在工单上为本次处理评分。',
  'survey.ask': '您对本次处理满意吗？请选择评分，然后在工单上确认：',
  'survey.rating':
    '{rating, select, 1 {1 – 非常不满意} 2 {2 – 不满意} 3 {3 – 一般} 4 {4 – 满意} other {5 – 非常满意}}',
  'body.notice': '{message}',
  'body.internal': '（在一条内部备注中）',
  'sla.due': '截止时间：{dueAt}。',
  'sla.target':
    '{target, select, response {响应} resolution {解决} ola {步骤 (OLA)} other {{target}}}',
  status:
    '{status, select, open {处理中} pending {挂起} resolved {已解决} closed {已关闭} rejected {已驳回} cancelled {已取消} other {{status}}}',
  when: '时间：{at}（{timeZone}）',
  open: '打开 {number}',
  reply: '直接回复此邮件，即可在 {number} 上添加评论。',
  'digest.subject': '{count, plural, other {# 条新通知}}',
  'digest.intro': '过去{window}内您收到的通知：',
  someone: '有人',
  untitled: '（无标题）',
};
