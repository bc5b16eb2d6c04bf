/**
 * Every user-facing string of @deskkit/forms, in English. Hosts override any of them through the
 * `messages` prop or replace the lookup entirely through the `translate` prop.
 */
export const DEFAULT_MESSAGES = {
  'form.submit': 'Submit',
  'form.required': 'required',
  'form.errorSummary': 'Please correct {count} problem(s) before submitting.',
  'form.formErrors': 'Problems with this form',
  'form.otherErrors': 'Other problems',
  'group.toggle': 'Show or hide {title}',
  'field.readOnly': 'Read-only',
  'field.empty': '—',
  'select.placeholder': 'Select…',
  'select.noOptions': 'No options',
  'select.loading': 'Loading…',
  'select.clear': 'Clear',
  'multiselect.remove': 'Remove {label}',
  'picker.search': 'Search…',
  'picker.noResults': 'No matches',
  'lookup.search': 'Search {label}',
  'lookup.results': 'Results',
  'lookup.more': 'Load more',
  'lookup.page': 'Page {page}',
  'lookup.previous': 'Previous page',
  'lookup.next': 'Next page',
  'lookup.choose': 'Choose',
  'lookup.selected': 'Selected: {label}',
  'attachments.add': 'Add files',
  'attachments.uploading': 'Uploading {name}…',
  'attachments.remove': 'Remove {name}',
  'attachments.failed': 'Upload of {name} failed: {reason}',
  'attachments.noUpload': 'File upload is not available here.',
  'table.add': 'Add row',
  'table.remove': 'Remove row {row}',
  'table.up': 'Move row {row} up',
  'table.down': 'Move row {row} down',
  'table.empty': 'No rows yet.',
  'table.actions': 'Actions',
  'rating.star': '{value} of {max}',
  'daterange.start': 'From',
  'daterange.end': 'To',
  'daterange.order': 'The end date is before the start date.',
  'switch.on': 'On',
  'switch.off': 'Off',
  'rich.bold': 'Bold',
  'rich.italic': 'Italic',
  'rich.underline': 'Underline',
  'rich.bullets': 'Bulleted list',
  'rich.numbers': 'Numbered list',
  'rich.link': 'Link',
  'rich.linkPrompt': 'Link address',
  'templates.label': 'Template',
  'templates.choose': 'Start from a template…',
  'templates.apply': 'Apply',
  'templates.save': 'Save as template',
  'templates.name': 'Template name',
  'templates.saveConfirm': 'Save',
  'templates.cancel': 'Cancel',
  'templates.delete': 'Delete template {name}',
  'templates.manage': 'Manage templates',
  'templates.applied': 'Template “{name}” applied.',
  'templates.saved': 'Template “{name}” saved.',
  'templates.deleted': 'Template “{name}” deleted.',
  'templates.none': 'No templates yet.',
  'templates.nameRequired': 'Give the template a name.',
} as const;

/** A key of {@link DEFAULT_MESSAGES}. */
export type FormMessageKey = keyof typeof DEFAULT_MESSAGES;

/**
 * The translation function every component calls for every string it shows. It receives the
 * message key, the English default with `{placeholders}` already filled in, and the parameters.
 */
export type TranslateFn = (
  key: string,
  params?: Record<string, string | number>,
  fallback?: string,
) => string;

function fill(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/**
 * Builds the translation function components use: `translate` (when given) wins, then `messages`,
 * then the English defaults.
 *
 * @example
 * ```ts
 * const t = createTranslator(undefined, { 'form.submit': 'Absenden' });
 * t('form.submit'); // 'Absenden'
 * ```
 */
export function createTranslator(
  translate?: TranslateFn,
  messages?: Partial<Record<string, string>>,
): TranslateFn {
  return (key, params, fallback) => {
    const template =
      messages?.[key] ?? (DEFAULT_MESSAGES as Record<string, string>)[key] ?? fallback ?? key;
    const english = fill(template, params);
    return translate ? translate(key, params, english) : english;
  };
}
