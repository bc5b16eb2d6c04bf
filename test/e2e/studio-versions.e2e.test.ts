import type { Dialog, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, open, shoot, ticketNumber } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

describe.skipIf(!browserAvailable)('studio: drafts, versions, migration', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an admin saves a draft, compares it with the live version, publishes it, and moves a running ticket to it', async () => {
    const { page } = session;
    const asked: string[] = [];
    let answer = true;
    const onDialog = (dialog: Dialog) => {
      asked.push(dialog.message());
      void (answer ? dialog.accept() : dialog.dismiss());
    };
    page.on('dialog', onDialog);
    // The studio goes through the user's DeskClient: @deskkit/server's routes, not a side port.
    const calls: string[] = [];
    const onRequest = (r: Request) => {
      const path = new URL(r.url()).pathname;
      if (/^\/api\/(?:definitions|drafts|desk\/admin\/definitions)/.test(path))
        calls.push(`${r.method()} ${path}`);
    };
    page.on('request', onRequest);

    // Version 1 of a new workflow, and a requester's ticket waiting at its one step.
    await open(page, 'studio');
    await actAs(page, 'ada');
    await page.getByLabel('New workflow name').fill('Laptop request');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published laptop-request version 1.').waitFor();
    await actAs(page, 'alice');
    await open(page, 'catalog');
    await page.getByRole('link', { name: /Laptop request/ }).click();
    await page.getByLabel('Summary').fill('A lighter laptop');
    await page.getByRole('button', { name: 'Submit request' }).click();
    await page.getByRole('heading', { level: 1, name: 'A lighter laptop' }).waitFor();
    const number = await ticketNumber(page);

    // The admin adds a field: unsaved, so leaving asks first (and staying keeps the edits).
    await actAs(page, 'ada');
    await open(page, 'studio/laptop-request');
    await page.getByRole('tab', { name: 'Form', exact: true }).click();
    await page
      .getByRole('button', { name: /Multi-line text/ })
      .first()
      .click();
    await page.getByRole('status').filter({ hasText: 'Unsaved changes' }).waitFor();
    answer = false;
    await page.getByRole('link', { name: 'Normal change' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('Leave without saving?');
    expect(page.url()).toContain('#/studio/laptop-request');
    answer = true;

    // Saved as a draft: another visit (a reload) opens the draft, marked in the list.
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft of laptop-request saved (revision 1).').waitFor();
    await page.reload();
    await page
      .getByRole('status')
      .filter({ hasText: /Draft revision 1, saved by Ada/ })
      .waitFor();
    await page
      .getByRole('list', { name: 'Workflows' })
      .getByRole('listitem')
      .filter({ hasText: 'Laptop request' })
      .getByText('draft')
      .waitFor();

    // The draft against the live version: the new field is listed as added.
    await page.getByRole('tab', { name: 'Compare versions' }).click();
    const changes = page.getByRole('region', { name: 'Changes from v1 to the draft' });
    await changes.getByRole('region', { name: 'Fields' }).getByText('added').waitFor();
    await shoot(session, 'studio-compare-draft');

    // Published: the version list shows v2 at once, the draft is gone.
    await page.getByRole('tab', { name: 'Design' }).click();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published laptop-request version 2.').waitFor();
    await page.getByRole('list', { name: 'Versions' }).getByText('v2').waitFor();
    await page.getByRole('status').filter({ hasText: 'Same as the live version' }).waitFor();

    // Alice's ticket moves from v1 to v2 after a check that says it can.
    await page.getByRole('tab', { name: 'Migrate tickets' }).click();
    await page.getByRole('button', { name: 'Check running tickets' }).click();
    const plan = page.getByRole('table', { name: 'What would happen' });
    await plan.getByRole('row').filter({ hasText: number }).getByText('can move').waitFor();
    await page.getByRole('button', { name: 'Move 1 ticket' }).click();
    await page.getByText('Moved 1 ticket; 0 blocked.').waitFor();
    expect(asked.at(-1)).toContain('Move 1 ticket from v1 to v2?');
    await page
      .getByRole('table', { name: 'What happened' })
      .getByRole('row')
      .filter({ hasText: number })
      .getByText('moved')
      .waitFor();
    await shoot(session, 'studio-migrated');
    page.off('dialog', onDialog);
    page.off('request', onRequest);
    for (const call of [
      'POST /api/definitions/laptop-request/draft',
      'GET /api/definitions/laptop-request/draft',
      'GET /api/definitions/laptop-request/versions',
      'POST /api/definitions/laptop-request/migrations',
      'GET /api/definitions',
    ])
      expect(calls).toContain(call);
    expect(calls.filter((c) => c.includes('/desk/admin/definitions'))).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('an admin simulates an incident in the Studio and watches its SLA breach as the simulated clock moves', async () => {
    const { page } = session;
    await open(page, 'studio');
    await actAs(page, 'ada');
    await page.getByRole('link', { name: 'Report an incident' }).click();
    await page.getByRole('tab', { name: 'Simulate' }).click();
    const simulation = page.getByRole('region', { name: 'Simulation' });
    await simulation.getByRole('button', { name: 'Start simulation' }).click();
    await simulation.getByText(/: open, at /).waitFor();
    const sla = simulation.getByRole('region', { name: 'SLA clocks' });
    await sla
      .getByText(/running, due/)
      .first()
      .waitFor();
    await simulation.getByRole('button', { name: '+1 week' }).click();
    await sla
      .getByText(/breached, due/)
      .first()
      .waitFor();
    await simulation
      .getByRole('region', { name: 'What happened' })
      .getByText(/SLA breached:/)
      .first()
      .waitFor();
    await shoot(session, 'studio-simulation-breach');
    expect(session.errors).toEqual([]);
  });

  it('an admin simulates onboarding: sample data in its form, the access request runs as a sub-workflow', async () => {
    const { page } = session;
    await open(page, 'studio');
    await actAs(page, 'ada');
    await page.getByRole('link', { name: 'Onboard a new hire' }).click();
    await page.getByRole('tab', { name: 'Simulate' }).click();
    const simulation = page.getByRole('region', { name: 'Simulation' });
    // The sample data is the request's own form, not JSON.
    const sample = simulation.getByRole('group', { name: 'Sample data' });
    await sample
      .getByRole('combobox', { name: 'Laptop', exact: true })
      .selectOption({ label: 'Developer workstation' });
    await simulation.getByRole('button', { name: 'Start simulation' }).click();
    await simulation
      .getByText(/: open, at /)
      .first()
      .waitFor();
    const children = simulation.getByRole('region', { name: 'Sub-workflows' });
    await children.getByText(/\(Request access to a system\): open, at /).waitFor();
    await shoot(session, 'studio-simulation-subworkflow');
    expect(session.errors).toEqual([]);
  });

  it('an admin builds a trigger with a condition from the builder, publishes, and it runs on a matching ticket', async () => {
    const { page } = session;
    await open(page, 'studio');
    await actAs(page, 'ada');
    await page.getByLabel('New workflow name').fill('VPN request');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('tab', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Add trigger' }).click();
    const trigger = page.getByRole('group', { name: 'Trigger 1' });
    await trigger.getByRole('button', { name: '+ Condition' }).click();
    await trigger.getByLabel('Field').fill('summary');
    await trigger.getByLabel('Value').fill('VPN down');
    await trigger.getByRole('button', { name: 'Add action' }).click();
    await trigger.getByLabel('Action type 1').selectOption('comment');
    await trigger.getByLabel('Text').fill('The network team is on it.');
    await shoot(session, 'studio-trigger-condition');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published vpn-request version 1.').waitFor();

    // A ticket the condition matches gets the trigger's comment.
    await actAs(page, 'alice');
    await open(page, 'catalog');
    await page.getByRole('link', { name: /VPN request/ }).click();
    await page.getByLabel('Summary').fill('VPN down');
    await page.getByRole('button', { name: 'Submit request' }).click();
    await page.getByRole('heading', { level: 1, name: 'VPN down' }).waitFor();
    await page.getByText('The network team is on it.').first().waitFor();
    expect(session.errors).toEqual([]);
  });
});
