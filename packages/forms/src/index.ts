/**
 * @deskkit/forms — the form renderer (on @rjsf/core) and the drag-and-drop form builder (on
 * @dnd-kit) of Deskkit.
 *
 * @packageDocumentation
 */
export const FORMS_VERSION = '0.1.0';

export { FormRenderer } from './renderer/FormRenderer';
export type {
  FormRendererProps,
  FormValues,
  SubmitContext,
  TemplateDraft,
} from './renderer/FormRenderer.types';
export type {
  Attachment,
  DataItem,
  DataPage,
  DeskWidgetOptions,
  DirectoryKind,
  FormContext,
  FormDataSource,
  FormDirectory,
  UploadFn,
} from './renderer/context.types';
export { toRjsfValidator } from './renderer/validatorAdapter';
export { FormStore } from './renderer/store';
export { createWidgetRegistry, defaultWidgets } from './widgets/registry';
export type { WidgetRegistry } from './widgets/registry';
export type { DeskWidgetProps } from './widgets/base';
export { sanitizeRichText } from './widgets/RichTextWidget';
export { FIELD_TYPES, fieldTypeOf, widgetFor } from './model/fieldTypes';
export type { FieldTypeDefinition } from './model/fieldTypes';
export { DEFAULT_MESSAGES } from './i18n/messages';
export { createTranslator } from './i18n/translator';
export type { FormMessageKey, TranslateFn } from './i18n/messages';
export { zhCNMessages as FORMS_MESSAGES_ZH_CN } from './i18n/zh-CN';
export {
  DeskkitI18nProvider,
  useI18n,
  useCatalog,
  catalogTranslator,
  useFormsTranslator,
} from './i18n/I18nProvider';
export type {
  DeskkitI18nProviderProps,
  DeskkitI18n,
  DeskkitMessages,
  Catalogs,
  CatalogTranslate,
} from './i18n/I18nProvider';
export { useText, showText } from './i18n/useText';
export { LocalizedTextInput } from './localized/LocalizedTextInput';
export type { LocalizedTextInputProps } from './localized/LocalizedTextInput';
export { variantOf, withVariant } from './localized/variants';
export type { ShowText } from './i18n/useText';
export { FormsError } from './errors';
export type { FormsErrorCode } from './errors';

export { createEditHistory, useEditHistory } from './history/editHistory';
export type {
  EditHistory,
  EditHistoryApi,
  EditHistoryOptions,
  EditHistorySnapshot,
  EditRecipe,
} from './history/editHistory';
export { FormBuilder } from './builder/FormBuilder';
export type { FormBuilderProps, HostHistory } from './builder/FormBuilder.types';
export {
  EDITOR_SHORTCUTS,
  commandOfKey,
  dispatchEditorKey,
  isTypingTarget,
  shortcutsOf,
} from './builder/keymap';
export type {
  CommandHandler,
  EditorCommand,
  EditorKeyEvent,
  EditorShortcut,
  KeyPress,
} from './builder/keymap';
export type { BuilderStep } from './builder/Panels';
export { renameField, renameFormField, FIELD_KEY } from './builder/rename';
export type { BuilderDocument } from './builder/rename';
export { checkFormDefinition } from './builder/checkForm';
export { ExpressionInput } from './expression/ExpressionInput';
export type { ExpressionInputProps, FieldChoice } from './expression/ExpressionInput';
export type { ExpressionTranslate } from './expression/translate';
export { ConditionBuilder } from './expression/ConditionBuilder';
export type { ConditionBuilderProps } from './expression/ConditionBuilder';
export {
  CONDITION_OPERATORS,
  conditionToJsonata,
  isCompleteRule,
  jsonataToCondition,
} from './expression/condition';
export type {
  ConditionGroup,
  ConditionLiteral,
  ConditionOperator,
  ConditionReading,
  ConditionRule,
  ConditionUnreadable,
} from './expression/condition';
