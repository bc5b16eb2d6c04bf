/**
 * jsonata's errors that users meet, by jsonata's code (`jsonata.<code>`), in Simplified Chinese:
 * `{token}` is the operator or name at fault (a function's without its `$`), `{value}` and
 * `{value2}` values as JSON, `{index}` an argument's number. English needs no catalog: it is
 * jsonata's own wording (a host may still reword a code through `messages`). A code not listed
 * here keeps jsonata's English text in every locale.
 */
export const jsonataMessagesZhCN = {
  'jsonata.DK_EMPTY': '表达式为空。',
  'jsonata.S0101': '引号中的文本缺少结尾引号。',
  'jsonata.S0102': '数字 {token} 过大。',
  'jsonata.S0105': '反引号中的名称缺少结尾反引号。',
  'jsonata.S0106': '注释缺少结尾的 */。',
  'jsonata.S0201': '“{token}”处有语法错误。',
  'jsonata.S0202': '此处应为 {value}，实际为“{token}”。',
  'jsonata.S0203': '表达式结束前缺少 {value}。',
  'jsonata.S0204': '未知的运算符“{token}”。',
  'jsonata.S0205': '此处不应出现“{token}”。',
  'jsonata.S0207': '表达式不完整：结尾缺少内容。',
  'jsonata.S0208': '函数定义的参数 {value} 必须是变量名（以 $ 开头）。',
  'jsonata.S0211': '“{token}”不能放在值的前面。',
  'jsonata.S0212': ':= 的左侧必须是变量名（以 $ 开头）。',
  'jsonata.S0213': '值 {value} 不能作为路径中的一步。',
  'jsonata.S0214': '“{token}”的右侧必须是变量名（以 $ 开头）。',
  'jsonata.S0301': '正则表达式不能为空。',
  'jsonata.S0302': '正则表达式缺少结尾的 /。',
  'jsonata.T0410': '函数 ${token} 的第 {index} 个参数类型不符合要求。',
  'jsonata.T0411': '输入值的类型不符合函数 ${token} 第 {index} 个参数的要求。',
  'jsonata.T1005': '“{token}”不是函数。是否想写 ${token}？',
  'jsonata.T1006': '调用的不是函数：该函数或变量不存在。',
  'jsonata.T2001': '“{token}”的左侧必须是数字。',
  'jsonata.T2002': '“{token}”的右侧必须是数字。',
  'jsonata.T2003': '范围运算符（..）的左侧必须是整数。',
  'jsonata.T2004': '范围运算符（..）的右侧必须是整数。',
  'jsonata.T2006': '~> 的右侧必须是函数。',
  'jsonata.T2009': '“{token}”两侧的值 {value} 和 {value2} 必须是同一类型。',
  'jsonata.T2010': '“{token}”两侧的值必须是数字或文本。',
  'jsonata.D1001': '数字 {value} 超出范围。',
  'jsonata.D1002': '{value} 不是数字，不能取负。',
  'jsonata.D3030': '{value} 无法转换为数字。',
  'jsonata.D3110': '$toMillis 的参数必须是 ISO 8601 时间戳，而这是 {value}。',
} as const;

/** A jsonata error code with a translated message. */
export type JsonataMessageKey = keyof typeof jsonataMessagesZhCN;
