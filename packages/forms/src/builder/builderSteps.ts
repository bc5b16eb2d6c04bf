import type { LocalizedText, NodeDefinition } from '@deskkit/runtime';
import type { ShowText } from '../i18n/useText';
import type { FormBuilderProps } from './FormBuilder.types';
import type { BuilderStep } from './Panels';

/** Node types a person works at: the steps the preview can show the form as. */
const STEP_TYPES: ReadonlySet<string> = new Set(['start', 'task', 'approval']);

/**
 * The steps "preview as step" offers for a definition's nodes: those a person works at, named in
 * the UI language (the id when unnamed), with their field permissions.
 */
export function stepsOfNodes(
  nodes: ReadonlyArray<NodeDefinition<LocalizedText>>,
  text: ShowText,
): BuilderStep[] {
  return nodes
    .filter((n) => STEP_TYPES.has(n.type))
    .map((n) => ({
      id: n.id,
      name: text(n.name) ?? n.id,
      type: n.type,
      ...(n.fields ? { fields: n.fields } : {}),
    }));
}

/** The host services the builder hands its preview (those the host gave, and no others). */
export function previewServices<T extends LocalizedText>(props: FormBuilderProps<T>) {
  return {
    ...(props.widgets ? { widgets: props.widgets } : {}),
    ...(props.directory ? { directory: props.directory } : {}),
    ...(props.dataSources ? { dataSources: props.dataSources } : {}),
    ...(props.upload ? { upload: props.upload } : {}),
    ...(props.validator ? { validator: props.validator } : {}),
    ...(props.translate ? { translate: props.translate } : {}),
    ...(props.messages ? { messages: props.messages } : {}),
  };
}
