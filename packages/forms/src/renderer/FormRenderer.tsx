import type {
  FieldPermission,
  FormDefinition,
  FormTemplate,
  Issue,
  TicketView,
} from '@deskkit/runtime';
import {
  createFormEvaluator,
  formFieldNames,
  jsonEqual,
  safeFormValidator,
} from '@deskkit/runtime';
import type { ReactElement } from 'react';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { FormsError } from '../errors';
import { useFormsTranslator } from '../i18n/I18nProvider';
import { createWidgetRegistry } from '../widgets/registry';
import type { FormContext } from './context.types';
import { FormController, issueField, withDefaults } from './controller';
import type { FormRendererProps, FormValues } from './FormRenderer.types';
import { FULL, LayoutContext, Nodes } from './Layout';
import type { LayoutContextValue } from './Layout';
import { buildFormModel } from './model';
import type { FormModel } from './model';
import { firstScreenFields, MountGate, useProgressiveMount } from './mount';
import { buildRegistry } from './registry';
import { TemplateBar } from './TemplateBar';

/** The permissions a `viewTicket` result grants: fields it does not list are hidden. */
function viewPermissions(view: TicketView, form: FormDefinition): Record<string, FieldPermission> {
  const result: Record<string, FieldPermission> = {};
  for (const name of formFieldNames(form.schema)) {
    result[name] = view.form.permissions[name] ?? 'hidden';
  }
  return result;
}

/** The previous object while the new one is structurally equal, so inline props stay cheap. */
function useStable<T>(value: T): T {
  const [held, setHeld] = useState(value);
  if (held !== value && !jsonEqual(held, value)) {
    setHeld(value);
    return value;
  }
  return held;
}

/** The mount gate of a form: the first screen, or — for a changed form — what was mounted. */
function gateFor(model: FormModel, previous?: MountGate): MountGate {
  const total = model.order.size;
  if (previous?.complete) return new MountGate(total, total);
  const height = typeof window === 'undefined' ? 900 : window.innerHeight;
  return new MountGate(
    total,
    Math.max(previous?.limit ?? 0, firstScreenFields(model.layout, height)),
  );
}

/** Mounts the fields past the first screen, step by step, after the first frame. */
function MountDriver({ gate }: { gate: MountGate }): null {
  useProgressiveMount(gate);
  return null;
}

/**
 * Renders the form of a workflow definition on @rjsf/core with Deskkit's widgets and layout, its
 * rules and field permissions evaluated by the runtime (so browser and server agree), server
 * errors on their fields, templates, and submit of exactly the data the runtime accepts.
 *
 * @example
 * ```tsx
 * import { FormRenderer } from '@deskkit/forms';
 * import '@deskkit/forms/style.css';
 *
 * <FormRenderer
 *   form={definition.form}
 *   permissions={fieldPermissionsAt(definition, 'start')}
 *   onSubmit={(data) => runtime.startTicket({ workflow: definition.key, data, actor })}
 * />
 * ```
 */
export function FormRenderer(props: FormRendererProps): ReactElement {
  const { view, readOnly = false, translate, messages } = props;
  const form = props.form ?? view?.form;
  if (!form) {
    throw new FormsError(
      'FORM_MISSING',
      'FormRenderer needs a `form` (the form part of a workflow definition) or a `view` from runtime.viewTicket.',
    );
  }
  if (!form.schema || typeof form.schema !== 'object') {
    throw new FormsError(
      'FORM_INVALID',
      'FormRenderer: `form.schema` must be a JSON Schema object.',
    );
  }
  const reactId = useId();
  const idPrefix = props.id ?? `dk${reactId.replace(/[^A-Za-z0-9]/g, '')}`;
  const t = useFormsTranslator(translate, messages);
  const permissions = useStable(
    useMemo(
      () => props.permissions ?? (view ? viewPermissions(view, form) : undefined),
      [props.permissions, view, form],
    ),
  );
  const bindings = useStable(props.bindings);
  const evaluator = useMemo(
    () =>
      createFormEvaluator(form, {
        ...(permissions ? { permissions } : {}),
        ...(bindings ? { bindings } : {}),
      }),
    [form, permissions, bindings],
  );
  const model = useMemo(() => buildFormModel(form, idPrefix), [form, idPrefix]);
  // A long form paints its first screen of fields first, then mounts the rest (see MountGate).
  // A form that changes (the builder's live preview) keeps what is mounted: a new gate starts
  // where the previous one got to.
  const [gated, setGated] = useState(() => ({ model, gate: gateFor(model) }));
  let gate = gated.gate;
  if (gated.model !== model) {
    gate = gateFor(model, gated.gate);
    setGated({ model, gate });
  }
  const config = {
    form,
    evaluator,
    validator: props.validator,
    t,
    onChange: props.onChange,
    onSubmit: props.onSubmit,
    onEvaluate: props.onEvaluate,
    onIssues: (issues: Issue[]) => {
      const first = issues.map((i) => issueField(i.path)).find((f) => f !== undefined);
      if (!first) return;
      // Mount everything and open the tab or group holding the field now, so it can take focus.
      flushSync(() => {
        gate.advance(undefined, true);
        controller.store.reveal(first);
      });
      controller.store.endReveal();
      const el = document.getElementById(`${idPrefix}_${first}`);
      const target = el?.matches('input,select,textarea,button,[tabindex]')
        ? el
        : el?.querySelector<HTMLElement>('input,select,textarea,button,[tabindex]');
      target?.focus();
    },
  };
  const [controller] = useState(
    () =>
      new FormController(
        config,
        withDefaults(form, props.value ?? props.defaultValue ?? view?.ticket.data ?? {}),
        permissions,
      ),
  );
  const [submitIssues, setOtherIssues] = useState<Issue[]>([]);
  const [summary, setSummary] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  useLayoutEffect(() => {
    controller.configure(config);
  });
  useLayoutEffect(() => {
    void controller.evaluate();
  }, [controller]);
  useLayoutEffect(() => {
    if (props.value) controller.setValues(props.value);
  }, [controller, props.value]);
  useLayoutEffect(() => {
    controller.setServerErrors(props.errors);
  }, [controller, props.errors]);
  const fieldNames = useMemo(() => new Set(formFieldNames(form.schema)), [form.schema]);
  const serverOther = useMemo(
    () =>
      (props.errors ?? []).filter((i) => {
        const field = issueField(i.path);
        return field === undefined || !fieldNames.has(field);
      }),
    [props.errors, fieldNames],
  );

  // Host services are read when a widget uses them, so new objects on every host render do not
  // re-render every field.
  const live = useRef({
    directory: props.directory,
    dataSources: props.dataSources,
    upload: props.upload,
  });
  useLayoutEffect(() => {
    live.current = {
      directory: props.directory,
      dataSources: props.dataSources,
      upload: props.upload,
    };
  });
  const formContext = useMemo<FormContext>(
    () => ({
      t,
      store: controller.store,
      get directory() {
        return live.current.directory;
      },
      get dataSources() {
        return live.current.dataSources;
      },
      get upload() {
        return live.current.upload;
      },
    }),
    [t, controller],
  );
  const widgets = useMemo(() => createWidgetRegistry(props.widgets), [props.widgets]);
  const registry = useMemo(
    () =>
      buildRegistry({
        schema: form.schema,
        widgets,
        validator: props.validator ?? safeFormValidator,
        formContext,
        t,
        idPrefix,
      }),
    [form.schema, widgets, props.validator, formContext, t, idPrefix],
  );
  const layout = useMemo<LayoutContextValue>(
    () => ({
      store: controller.store,
      model,
      registry,
      readOnly,
      t,
      gate,
      onFieldChange: controller.change,
    }),
    [controller, model, registry, readOnly, t, gate],
  );

  const otherIssues = submitIssues.length > 0 ? submitIssues : serverOther;
  const templates: FormTemplate[] = props.templates ?? form.templates ?? [];
  const showTemplates = !readOnly && (templates.length > 0 || Boolean(props.onSaveTemplate));
  const classes = ['dk-form'];
  if (props.theme === 'dark') classes.push('dk-dark');
  if (props.className) classes.push(props.className);

  return (
    <form
      id={props.id}
      className={classes.join(' ')}
      noValidate
      aria-busy={submitting || undefined}
      onSubmit={async (e) => {
        e.preventDefault();
        if (readOnly || submitting) return;
        setSubmitting(true);
        try {
          const issues = await controller.submit();
          setSummary(issues.length);
          setOtherIssues(
            issues.filter((i) => {
              const field = issueField(i.path);
              return field === undefined || !fieldNames.has(field);
            }),
          );
        } finally {
          setSubmitting(false);
        }
      }}
    >
      {showTemplates && (
        <TemplateBar
          templates={templates}
          t={t}
          onApply={(template) => controller.applyTemplate(template.values)}
          {...(props.onSaveTemplate
            ? {
                onSave: (name: string) =>
                  props.onSaveTemplate?.({ name, values: controller.visibleValues() }),
              }
            : {})}
          {...(props.onDeleteTemplate ? { onDelete: props.onDeleteTemplate } : {})}
        />
      )}
      {(summary > 0 || otherIssues.length > 0) && (
        <div className="dk-form__summary" role="alert">
          {summary > 0 && <p>{t('form.errorSummary', { count: summary })}</p>}
          {otherIssues.length > 0 && (
            <ul>
              {otherIssues.map((issue) => (
                <li key={`${issue.path}|${issue.code}|${issue.message}`}>
                  {t(`issue.${issue.code}`, undefined, issue.message)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="dk-form__body">
        <MountDriver gate={gate} />
        <LayoutContext.Provider value={layout}>
          <Nodes nodes={model.layout} columns={FULL} />
        </LayoutContext.Provider>
      </div>
      {(!readOnly && !props.hideSubmit) || props.footer ? (
        <div className="dk-form__footer">
          {props.footer}
          {!readOnly && !props.hideSubmit && (
            <button type="submit" className="dk-button dk-button--primary" disabled={submitting}>
              {props.submitLabel ?? t('form.submit')}
            </button>
          )}
        </div>
      ) : null}
    </form>
  );
}

export type { FormValues };
