import type { DelegationRule, DirectoryUser, OnCallRota } from '@deskkit/runtime';

/** A named set of people (a team, a department, a role) shown in pickers and the Admin page. */
export interface NamedEntry {
  id: string;
  name: string;
  description?: string;
}

/** Everything the demo directory knows: who is who, their teams, the on-call rota and absences. */
export interface DemoOrganisation {
  users: DirectoryUser[];
  roles: NamedEntry[];
  groups: NamedEntry[];
  departments: NamedEntry[];
  rotas: OnCallRota[];
  delegations: DelegationRule[];
}

/** The roles the demo uses in workflow permissions. */
export const roles: NamedEntry[] = [
  { id: 'employee', name: 'Employee', description: 'Raises requests and incidents.' },
  { id: 'agent', name: 'Service desk agent', description: 'Works tickets from the queues.' },
  { id: 'teamLead', name: 'Team lead', description: 'Supervises queues and approves problems.' },
  { id: 'manager', name: 'Line manager', description: 'Approves access for their people.' },
  { id: 'security', name: 'Security officer', description: 'Assesses access to systems.' },
  { id: 'engineer', name: 'Engineer', description: 'Implements changes (network, database).' },
  { id: 'cab', name: 'CAB member', description: 'Approves changes in the advisory board.' },
  { id: 'admin', name: 'Administrator', description: 'Designs and publishes workflows.' },
];

export const groups: NamedEntry[] = [
  {
    id: 'service-desk',
    name: 'Service desk',
    description: 'First line: every request lands here.',
  },
  { id: 'network', name: 'Network', description: 'LAN, Wi-Fi, VPN and firewalls.' },
  { id: 'database', name: 'Database', description: 'PostgreSQL and Oracle estates.' },
  { id: 'cab', name: 'Change advisory board', description: 'Approves normal changes.' },
  { id: 'security', name: 'Information security', description: 'Access reviews.' },
];

export const departments: NamedEntry[] = [
  { id: 'sales', name: 'Sales' },
  { id: 'finance', name: 'Finance' },
  { id: 'it', name: 'IT operations' },
  { id: 'hr', name: 'People & HR' },
];

export const users: DirectoryUser[] = [
  {
    id: 'alice',
    name: 'Alice Martin',
    email: 'alice.martin@example.com',
    roles: ['employee'],
    department: 'sales',
    manager: 'victor',
  },
  {
    id: 'bruno',
    name: 'Bruno Leroy',
    email: 'bruno.leroy@example.com',
    roles: ['employee'],
    department: 'finance',
    manager: 'helene',
  },
  {
    id: 'victor',
    name: 'Victor Lambert',
    email: 'victor.lambert@example.com',
    roles: ['employee', 'manager'],
    department: 'sales',
    // Head of sales: a VIP, whose incidents get the VIP SLA and a call-back number field.
    vip: true,
  },
  {
    id: 'helene',
    name: 'Hélène Moreau',
    email: 'helene.moreau@example.com',
    // Reads her notification e-mails in Chinese (the Outbox shows one when she is told).
    locale: 'zh-CN',
    roles: ['employee', 'manager'],
    department: 'hr',
  },
  {
    id: 'sam',
    name: 'Samira Haddad',
    email: 'samira.haddad@example.com',
    roles: ['employee', 'agent'],
    groups: ['service-desk'],
    department: 'it',
    manager: 'lea',
  },
  {
    id: 'tom',
    name: 'Tom Dubois',
    email: 'tom.dubois@example.com',
    roles: ['employee', 'agent'],
    groups: ['service-desk'],
    department: 'it',
    manager: 'lea',
  },
  {
    id: 'lea',
    name: 'Léa Bernard',
    email: 'lea.bernard@example.com',
    roles: ['employee', 'agent', 'teamLead'],
    groups: ['service-desk'],
    department: 'it',
  },
  {
    id: 'nina',
    name: 'Nina Petit',
    email: 'nina.petit@example.com',
    roles: ['employee', 'engineer'],
    groups: ['network'],
    department: 'it',
    manager: 'lea',
  },
  {
    id: 'omar',
    name: 'Omar Benali',
    email: 'omar.benali@example.com',
    roles: ['employee', 'engineer'],
    groups: ['network'],
    department: 'it',
    manager: 'lea',
  },
  {
    id: 'dan',
    name: 'Daniel Roux',
    email: 'daniel.roux@example.com',
    roles: ['employee', 'engineer'],
    groups: ['database'],
    department: 'it',
    manager: 'lea',
  },
  {
    id: 'sofia',
    name: 'Sofia Costa',
    email: 'sofia.costa@example.com',
    locale: 'zh-CN',
    roles: ['employee', 'security'],
    groups: ['security'],
    department: 'it',
  },
  {
    id: 'carlos',
    name: 'Carlos Mendes',
    email: 'carlos.mendes@example.com',
    roles: ['employee', 'cab'],
    groups: ['cab'],
    department: 'it',
  },
  {
    id: 'chloe',
    name: 'Chloé Garnier',
    email: 'chloe.garnier@example.com',
    roles: ['employee', 'cab'],
    groups: ['cab'],
    department: 'finance',
  },
  {
    id: 'ada',
    name: 'Ada Admin',
    email: 'ada.admin@example.com',
    roles: ['employee', 'admin', 'agent'],
    groups: ['service-desk'],
    department: 'it',
  },
];

/** Network engineers take the pager a week each, handing over on Monday 09:00 Paris time. */
export const rotas: OnCallRota[] = [
  {
    id: 'network-oncall',
    name: 'Network on-call',
    members: ['nina', 'omar'],
    start: '2026-01-05T08:00:00.000Z',
    shift: 'P1W',
    timeZone: 'Europe/Paris',
  },
];

/** Out-of-office: Tom is on holiday over Christmas; Samira covers his new work. */
export const delegations: DelegationRule[] = [
  { user: 'tom', delegate: 'sam', from: '2026-12-21', to: '2027-01-03' },
];

/** The whole demo organisation. */
export const organisation: DemoOrganisation = {
  users,
  roles,
  groups,
  departments,
  rotas,
  delegations,
};

/** The people the user switcher offers first, with the part each plays in the demo. */
export const personas: Array<{ user: string; part: string }> = [
  { user: 'alice', part: 'Requester' },
  { user: 'sam', part: 'Agent' },
  { user: 'lea', part: 'Team lead' },
  { user: 'carlos', part: 'CAB member' },
  { user: 'chloe', part: 'CAB member' },
  { user: 'sofia', part: 'Security officer' },
  { user: 'nina', part: 'Network engineer' },
  { user: 'dan', part: 'Database engineer' },
  { user: 'victor', part: 'Line manager' },
  { user: 'ada', part: 'Admin' },
];
