import { diffDefinitions } from '@deskkit/runtime';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { itsmChangeDefinition, itsmChangeNextVersion } from '../fixtures/definitions';
import { createTranslator } from '../i18n/messages';
import { WorkflowViewer } from '../viewer/WorkflowViewer';
import { DiffList } from './DiffList';

const t = createTranslator();
const before = itsmChangeDefinition();
const after = itsmChangeNextVersion();
const diff = diffDefinitions(before, after);

describe('DiffList', () => {
  it('lists changes by area with names, changed keys and paths; steps are selectable', async () => {
    const onSelect = vi.fn();
    render(<DiffList diff={diff} before={before} after={after} t={t} onSelect={onSelect} />);
    const steps = screen.getByRole('region', { name: 'Steps' });
    expect(within(steps).getByText('Security review')).toBeInTheDocument();
    expect(within(steps).getByText('Change advisory board').closest('li')).toHaveTextContent(
      /Changed.*name/,
    );
    // A removed step is listed by its old name and is not a button.
    const removed = within(steps).getByText(before.nodes.find((n) => n.id === 'problem')!.name!);
    expect(removed.closest('button')).toBeNull();
    const edges = screen.getByRole('region', { name: 'Connections' });
    expect(
      within(edges)
        .getByText(/Change type\? → Change advisory board/)
        .closest('li'),
    ).toHaveTextContent('when');
    expect(screen.getByRole('region', { name: 'Fields' })).toHaveTextContent('Business impact');
    await userEvent.click(within(steps).getByRole('button', { name: /Added Security review/ }));
    expect(onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ area: 'node', id: 'security' }),
    );
  });

  it('says when there is nothing to show', () => {
    render(<DiffList diff={diffDefinitions(before, before)} t={t} />);
    expect(screen.getByText('No changes between these versions.')).toBeInTheDocument();
  });
});

describe('diff on a canvas', () => {
  it('marks added and changed steps in their accessible names and counts removals', async () => {
    render(<WorkflowViewer definition={after} diff={diff} height={500} />);
    expect(await screen.findByLabelText(/Security review.*added in this version/)).toHaveClass(
      'dk-diff-added',
    );
    expect(screen.getByLabelText(/Change advisory board.*changed in this version/)).toHaveClass(
      'dk-diff-changed',
    );
    expect(screen.getByRole('note', { name: 'Changes in this version' })).toHaveTextContent(
      'Removed: 1 step(s), 2 connection(s)',
    );
  });
});
