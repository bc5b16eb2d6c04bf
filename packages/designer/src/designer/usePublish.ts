import type { WorkflowDefinition } from '@deskkit/runtime';
import { useI18n } from '@deskkit/forms';
import { useState } from 'react';
import type { Translator } from '../i18n/messages';
import { publishFailure } from '../issues/findings';
import { checkDefinition } from '../issues/validation';
import type { WorkflowDesignerProps } from './designer.types';

/**
 * Publish from the toolbar: a definition with errors is refused here (the issues panel then says
 * it blocks publishing), otherwise the host's `onPublish` runs; the outcome is announced.
 */
export function usePublish(props: {
  onPublish: WorkflowDesignerProps['onPublish'];
  current(): WorkflowDefinition;
  t: Translator;
  announce(message: string): void;
}) {
  const { onPublish, current, t, announce } = props;
  const i18n = useI18n();
  const [blocked, setBlocked] = useState(false);
  const [publishing, setPublishing] = useState(false);
  // Called from a fresh arrow in the toolbar's props: no identity to keep.
  const publish = async () => {
    if (!onPublish) return;
    const def = current();
    const verdict = checkDefinition(def);
    if (!verdict.ok) {
      setBlocked(true);
      announce(
        t('publish.refused', {
          count: verdict.issues.filter((i) => i.severity === 'error').length,
        }),
      );
      return;
    }
    setBlocked(false);
    setPublishing(true);
    try {
      await onPublish(def);
      announce(t('publish.done'));
    } catch (e) {
      announce(t('publish.failed', { error: publishFailure(i18n, e, def) }));
    } finally {
      setPublishing(false);
    }
  };
  return { publish, blocked, publishing };
}
