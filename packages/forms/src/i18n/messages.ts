import { formatMessage, resolveLocale } from '@deskkit/runtime/i18n';
import { zhCNMessages } from './zh-CN';

/**
 * Every user-facing string of @deskkit/forms, in English (ICU syntax). The Chinese catalog is in
 * `zh-CN.ts`; the locale comes from `DeskkitI18nProvider`. Hosts override any message through the
 * provider's `messages.forms` or the components' `messages` prop, or see each string through the
 * `translate` prop.
 */
export const DEFAULT_MESSAGES = {
  'form.submit': 'Submit',
  'form.required': 'required',
  'form.errorSummary':
    '{count, plural, one {Please correct # problem before submitting.} other {Please correct # problems before submitting.}}',
  'form.formErrors': 'Problems with this form',
  'form.otherErrors': 'Other problems',
  'group.toggle': 'Show or hide {title}',
  'container.errors': '{count, plural, one {# field with errors} other {# fields with errors}}',
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
  'attachments.none': 'No files attached.',
  'table.add': 'Add row',
  'table.remove': 'Remove row {row}',
  'table.up': 'Move row {row} up',
  'table.down': 'Move row {row} down',
  'table.empty': 'No rows yet.',
  'table.actions': 'Actions',
  'rating.star': '{value} of {max}',
  'datetime.date': 'date',
  'datetime.time': 'time',
  'datetime.zone': '{zone}',
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
  'builder.title': 'Form builder',
  'builder.undo': 'Undo',
  'builder.redo': 'Redo',
  'builder.design': 'Design',
  'builder.preview': 'Preview',
  'builder.json': 'JSON',
  'builder.templates': 'Templates',
  'builder.views': 'Builder views',
  'builder.palette': 'Field types',
  'builder.paletteHelp': 'Press Enter to add, or drag onto the form.',
  'builder.add': 'Add {type}',
  'builder.layoutItems': 'Layout',
  'builder.group': 'Group',
  'builder.tab': 'Tab',
  'builder.row': 'Row',
  'builder.text': 'Text block',
  'builder.canvas': 'Form layout',
  'builder.empty': 'Add fields from the palette, or drag them here.',
  'builder.dropHere': 'Drop here',
  'builder.select': 'Select {name}',
  'builder.drag': 'Drag {name}',
  'builder.dragInstructions':
    'To move an item, press Space or Enter to pick it up. Move it with the arrow keys. Press Space or Enter again to drop it, or Escape to cancel.',
  'builder.announce.pickedUp': 'Picked up {name}.',
  'builder.announce.over': '{name} is over {target}.',
  'builder.announce.outside': '{name} is no longer over a place to drop.',
  'builder.announce.dropped': '{name} was dropped at {target}.',
  'builder.announce.droppedOutside': '{name} was dropped outside and stays where it was.',
  'builder.announce.cancelled': 'Moving {name} was cancelled; it stays where it was.',
  'builder.moveUp': 'Move {name} up',
  'builder.moveDown': 'Move {name} down',
  'builder.duplicate': 'Duplicate {name}',
  'builder.delete': 'Delete {name}',
  'builder.inspector': 'Properties',
  'builder.nothingSelected': 'Select a field or a layout item to edit its properties.',
  'builder.label': 'Label',
  'builder.key': 'Key',
  'builder.keyHelp':
    'Renaming updates every rule, template, permission and condition that uses it.',
  'builder.type': 'Field type',
  'builder.help': 'Help text',
  'builder.placeholder': 'Placeholder',
  'builder.default': 'Default value',
  'builder.defaultInvalid': 'Not valid JSON: {reason}',
  'builder.required': 'Required',
  'builder.min': 'Minimum',
  'builder.max': 'Maximum',
  'builder.minLength': 'Minimum length',
  'builder.maxLength': 'Maximum length',
  'builder.pattern': 'Pattern (regular expression)',
  'builder.patternInvalid': 'Not a valid regular expression: {reason}',
  'builder.span': 'Column span',
  'builder.spanAuto': 'Automatic (1 in a row, else full width)',
  'builder.options': 'Options',
  'builder.optionsSource': 'Options from',
  'builder.optionsStatic': 'This list',
  'builder.optionValue': 'Value',
  'builder.optionLabel': 'Label',
  'builder.optionParent': 'Parent value',
  'builder.addOption': 'Add option',
  'builder.removeOption': 'Remove option {index}',
  'builder.dependsOn': 'Depends on',
  'builder.none': 'None',
  'builder.moveTo': 'Move to',
  'builder.root': 'Form (top level)',
  'builder.titleField': 'Title',
  'builder.collapsible': 'Collapsible',
  'builder.collapsed': 'Collapsed at first',
  'builder.columns': 'Columns',
  'builder.content': 'Text',
  'builder.rules': 'Rules',
  'builder.rulesHelp': 'jsonata expressions over the form data, e.g. urgency = "high".',
  'builder.addRule': 'Add rule',
  'builder.deleteRule': 'Delete rule {index}',
  'builder.rule.visible': 'Visible when',
  'builder.rule.required': 'Required when',
  'builder.rule.readonly': 'Read-only when',
  'builder.rule.value': 'Computed value',
  'builder.parseError': 'Line {line}, column {column}: {error}',
  'builder.suggestions': 'Field suggestions',
  'builder.previewAs': 'Preview as',
  'builder.previewDesigner': 'Requester (everything editable)',
  'builder.previewSeenBy': 'Seen by',
  'builder.previewWorker': 'whoever works the step',
  'builder.previewViewer': 'a viewer (watcher, requester afterwards: read only)',
  'builder.previewData': 'Preview data',
  'builder.jsonHelp':
    'Edit the form as JSON, then apply. Invalid input is rejected and the form is kept.',
  'builder.apply': 'Apply JSON',
  'builder.reset': 'Discard changes',
  'builder.copy': 'Copy',
  'builder.copied': 'Copied.',
  'builder.jsonInvalid': 'The JSON does not parse: {reason}',
  'builder.jsonRejected': 'The form was not changed:',
  'builder.jsonApplied': 'The form was replaced.',
  'builder.addTemplate': 'Add template',
  'builder.templateName': 'Template name',
  'builder.templateDescription': 'Description',
  'builder.templateValues': 'Values',
  'builder.editValues': 'Edit values of {name}',
  'builder.deleteTemplate': 'Delete template {name}',
  'builder.noTemplates': 'No templates. A template pre-fills the form with a named set of values.',
  'builder.newTemplate': 'New template',
  'builder.done': 'Done',
  'builder.announce.added': '{name} added.',
  'builder.announce.moved': '{name} moved.',
  'builder.announce.deleted': '{name} deleted.',
  'builder.announce.undo': 'Undone.',
  'builder.undoKeys': 'Ctrl+Z',
  'builder.redoKeys': 'Ctrl+Shift+Z',
  'builder.announce.redo': 'Redone.',
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

/**
 * Builds the translation function components use: `translate` (when given) sees every string
 * last, then `messages`, then the catalog of `locale` (from the provider), then English; all ICU
 * formatted in the locale. Components call {@link useFormsTranslator}, which takes the locale and
 * the overrides from `DeskkitI18nProvider`.
 *
 * @example
 * ```ts
 * const t = createTranslator(undefined, { 'form.submit': 'Absenden' });
 * t('form.submit'); // 'Absenden'
 * createTranslator(undefined, undefined, 'zh-CN')('form.submit'); // '提交'
 * ```
 */
export function createTranslator(
  translate?: TranslateFn,
  messages?: Partial<Record<string, string>>,
  locale = 'en',
  shared?: Partial<Record<string, string>>,
): TranslateFn {
  const catalog = (resolveLocale(locale) === 'zh-CN' ? zhCNMessages : DEFAULT_MESSAGES) as Record<
    string,
    string | undefined
  >;
  const english = DEFAULT_MESSAGES as Record<string, string | undefined>;
  return (key, params, fallback) => {
    const template =
      messages?.[key] ?? shared?.[key] ?? catalog[key] ?? english[key] ?? fallback ?? key;
    const text = formatMessage(locale, template, params);
    return translate ? translate(key, params, text) : text;
  };
}
