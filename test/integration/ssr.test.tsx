import {
  ConditionBuilder,
  createTranslator as designerTranslator,
  DiffList,
  DurationInput,
  ExpressionInput as DesignerExpressionInput,
  ScheduleEditor,
  WorkflowDesigner,
  WorkflowViewer,
} from '@deskkit/designer';
import {
  createTranslator as formsTranslator,
  ExpressionInput as FormsExpressionInput,
  FormBuilder,
  FormRenderer,
} from '@deskkit/forms';
import { diffDefinitions } from '@deskkit/runtime';
import { BarChart, Dashboard, FilterBar, LineChart, PieChart } from '@deskkit/widgets';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  demoDirectory,
  itsmChangeDefinition,
  itsmChangeNextVersion,
  itsmChangeTicket,
} from '../../packages/designer/src/fixtures/definitions';
import { requestForm } from '../../packages/forms/src/fixtures/forms';
import { demoLibrary, leadDashboard } from '../../packages/widgets/src/testing/demoDashboards';
import { fixtureDataSource } from '../../packages/widgets/src/testing/fixtures';
import { storyContext } from '../../packages/widgets/src/testing/storyContext';

// Every exported React component renders on a server (react-dom/server in Node: no window, no
// document) to HTML that names what it shows, so a Next.js or Remix page can render it first and
// hydrate it in the browser.
const dt = designerTranslator();
const ft = formsTranslator();
const none = () => undefined;
const chartData = {
  categories: ['Open', 'Closed'],
  series: [{ name: 'Tickets', values: [3, 5] }],
};
const { ticket, history } = itsmChangeTicket();

const components: Array<[string, () => ReactElement, string]> = [
  ['FormRenderer', () => <FormRenderer form={requestForm} />, 'Title'],
  ['FormBuilder', () => <FormBuilder value={requestForm} onChange={none} />, 'Title'],
  [
    'forms ExpressionInput',
    () => (
      <FormsExpressionInput
        label="Visible when"
        value="a > 1"
        onChange={none}
        fields={['a']}
        t={ft}
      />
    ),
    'Visible when',
  ],
  [
    'WorkflowDesigner',
    () => (
      <WorkflowDesigner value={itsmChangeDefinition()} onChange={none} directory={demoDirectory} />
    ),
    'IT change request',
  ],
  [
    'WorkflowViewer',
    () => <WorkflowViewer definition={itsmChangeDefinition()} ticket={ticket} history={history} />,
    'Assess',
  ],
  [
    'designer ExpressionInput',
    () => <DesignerExpressionInput label="Condition" value="" onChange={none} fields={[]} t={dt} />,
    'Condition',
  ],
  [
    'ConditionBuilder',
    () => (
      <ConditionBuilder
        value={{ kind: 'group', op: 'and', items: [] }}
        onChange={none}
        fields={[{ name: 'priority', label: 'Priority' }]}
        t={dt}
      />
    ),
    'Priority',
  ],
  [
    'DurationInput',
    () => <DurationInput label="Due in" value="PT4H" onChange={none} t={dt} />,
    'Due in',
  ],
  [
    'DiffList',
    () => (
      <DiffList diff={diffDefinitions(itsmChangeDefinition(), itsmChangeNextVersion())} t={dt} />
    ),
    '<',
  ],
  [
    'ScheduleEditor',
    () => (
      <ScheduleEditor
        value={{
          id: 's',
          workflow: 'change',
          actor: 'ops',
          timeZone: 'UTC',
          start: '2026-01-05T09:00',
          frequency: 'weekly',
        }}
        onChange={none}
        t={dt}
      />
    ),
    'Europe/Paris',
  ],
  [
    'Dashboard',
    () => (
      <Dashboard
        value={leadDashboard}
        library={demoLibrary}
        dataSource={fixtureDataSource()}
        user="sam"
      />
    ),
    'Team lead overview',
  ],
  ['BarChart', () => <BarChart data={chartData} label="Tickets by status" />, 'Tickets by status'],
  ['LineChart', () => <LineChart data={chartData} label="Tickets per day" />, 'Tickets per day'],
  ['PieChart', () => <PieChart data={chartData} label="Priority mix" />, 'Priority mix'],
  [
    'FilterBar',
    () => (
      <FilterBar id="f" value={{}} onChange={none} context={storyContext} show={['priority']} />
    ),
    'priorit',
  ],
];

describe('server rendering', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(components)('renderToString(<%s>) works', (_name, element, shows) => {
    const html = renderToString(element());
    expect(html).toContain(shows);
  });
});
