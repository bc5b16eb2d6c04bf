import { useCatalog, type Catalogs } from '@deskkit/forms';
import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import {
  defaultMessages,
  type DesignerMessageKey,
  type DesignerTranslate,
  type Translator,
} from './messages';
import { zhCNMessages } from './zh-CN';

const CATALOGS: Catalogs<DesignerMessageKey> = { en: defaultMessages, 'zh-CN': zhCNMessages };

/**
 * The designer's translator: the host's legacy `t` prop first (a key it answers wins), then the
 * `DeskkitI18nProvider`'s `messages.designer`, then the catalog of its locale, then English.
 */
export function useDesignerTranslator(host?: DesignerTranslate): Translator {
  const shared = useCatalog('designer', CATALOGS);
  return useMemo(
    () => (host ? (key, vars) => host(key, vars) ?? shared(key, vars) : shared),
    [host, shared],
  );
}

/** xyflow's own labels (controls, minimap, keyboard help), translated. */
export function flowAriaLabels(t: Translator): Partial<AriaLabelConfig> {
  return {
    'controls.ariaLabel': t('controls.ariaLabel'),
    'controls.zoomIn.ariaLabel': t('controls.zoomIn'),
    'controls.zoomOut.ariaLabel': t('controls.zoomOut'),
    'controls.fitView.ariaLabel': t('controls.fitView'),
    'controls.interactive.ariaLabel': t('controls.interactive'),
    'minimap.ariaLabel': t('canvas.minimap'),
    'node.a11yDescription.default': t('controls.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('controls.nodeHelpMove'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('controls.nodeMoved', { direction, x, y }),
    'edge.a11yDescription.default': t('controls.edgeHelp'),
    'handle.ariaLabel': t('controls.handle'),
  };
}
