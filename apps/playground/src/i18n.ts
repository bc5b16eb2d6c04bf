/**
 * Every user-facing string of the playground passes through `t`, so a host embedding these pages
 * can translate them: `setMessages({ 'Service catalog': 'Catalogue de services' })`.
 * Placeholders `{name}` are replaced by `values.name`.
 */
let messages: Record<string, string> = {};

export function setMessages(next: Record<string, string>): void {
  messages = next;
}

export function t(text: string, values?: Record<string, string | number>): string {
  const template = messages[text] ?? text;
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
