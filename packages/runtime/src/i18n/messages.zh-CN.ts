import { findingMessagesZhCN } from './findings.zh-CN';
import type { RuntimeMessages } from './messages.en';

/** The runtime's user-facing messages in Simplified Chinese. */
export const runtimeMessagesZhCN: RuntimeMessages = {
  'error.DEFINITION_INVALID':
    '{count, plural, =0 {此流程定义无效。} other {此流程定义有 # 个问题，请修正后重试。}}',
  'error.VALIDATION_FAILED':
    '{count, plural, =0 {部分填写内容无效。} other {有 # 个字段需要处理后才能保存。}}',
  'error.PERMISSION_DENIED':
    '{count, plural, =0 {您无权执行此操作。} other {您无权修改以下字段：{fields}。}}',
  'error.ACTION_NOT_ALLOWED': '当前步骤不能执行此操作。',
  'error.CONFLICT': '此工单已被他人修改。请刷新查看最新版本后重试。',
  'error.NOT_FOUND': '该内容不存在，或您无权查看。',
  'error.EXPRESSION_FAILED': '无法计算某个条件或计算值。',
  'error.expressionDetail': '无法计算某个条件或计算值：{detail}',
  'error.STORAGE_FAILED': '更改未能保存，请稍后重试。',
  'error.RATE_LIMITED':
    '{seconds, plural, =0 {请求过于频繁，请稍后再试。} other {请求过于频繁，请在 # 秒后重试。}}',
  'error.UNAUTHENTICATED': '登录已失效，请重新登录。',
  'error.BAD_REQUEST': '无法识别该请求。',
  'error.PAYLOAD_TOO_LARGE': '提交的内容过大。',
  'error.UNSUPPORTED_MEDIA_TYPE': '提交的内容格式不受支持。',
  'error.INTERNAL': '出现了问题。请重试；如果问题持续出现，请联系管理员。',
  'error.unknown': '出现了问题：{message}',
  ...findingMessagesZhCN,
};
