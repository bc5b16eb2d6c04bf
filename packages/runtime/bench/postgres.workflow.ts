/** The workflow and people of the storage benchmark: a 3-step approval (task, approval, task). */
import type { WorkflowDefinition } from '../src/definition/definition.types';
import type { DirectoryUser } from '../src/directory/directory.types';

export const USERS: DirectoryUser[] = [
  { id: 'ann', name: 'Ann', roles: ['employee'] },
  { id: 'eve', name: 'Eve', roles: ['agent'], groups: ['desk'] },
  { id: 'max', name: 'Max', roles: ['manager'] },
  { id: 'kim', name: 'Kim', roles: ['agent'], groups: ['field'] },
  { id: 'admin', name: 'Admin', roles: ['admin'] },
];

export const WORKFLOW: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'bench-purchase',
  name: 'Hardware purchase',
  form: {
    schema: {
      type: 'object',
      properties: {
        summary: { type: 'string', title: 'Summary' },
        amount: { type: 'number', title: 'Amount', minimum: 0 },
        notes: { type: 'string', title: 'Notes' },
      },
      required: ['summary'],
    },
  },
  nodes: [
    { id: 'start', type: 'start' },
    {
      id: 'triage',
      type: 'task',
      name: 'Triage',
      assign: { strategy: 'fixed', to: [{ user: 'eve' }] },
      fields: { notes: 'edit' },
    },
    {
      id: 'review',
      type: 'approval',
      name: 'Manager approval',
      approval: { mode: 'single' },
      assign: { strategy: 'fixed', to: [{ user: 'max' }] },
    },
    {
      id: 'fulfil',
      type: 'task',
      name: 'Fulfil',
      assign: { strategy: 'fixed', to: [{ user: 'kim' }] },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'triage' },
    { id: 'e2', from: 'triage', to: 'review' },
    { id: 'e3', from: 'review', to: 'fulfil' },
    { id: 'e4', from: 'fulfil', to: 'end' },
  ],
};
