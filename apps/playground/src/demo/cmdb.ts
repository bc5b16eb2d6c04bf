/** A configuration item of the demo CMDB. */
export interface ConfigurationItem {
  id: string;
  name: string;
  kind: 'application' | 'server' | 'database' | 'network' | 'laptop';
  owner: string;
  environment: 'production' | 'staging' | 'office';
}

/**
 * A small configuration management database: the lookup fields of the demo forms (affected
 * service, system to access, change target) search it.
 */
export const cmdb: ConfigurationItem[] = [
  {
    id: 'CI-1001',
    name: 'CRM (Salesforce)',
    kind: 'application',
    owner: 'sales',
    environment: 'production',
  },
  {
    id: 'CI-1002',
    name: 'ERP finance ledger',
    kind: 'application',
    owner: 'finance',
    environment: 'production',
  },
  { id: 'CI-1003', name: 'HR portal', kind: 'application', owner: 'hr', environment: 'production' },
  {
    id: 'CI-1004',
    name: 'Email (Exchange Online)',
    kind: 'application',
    owner: 'it',
    environment: 'production',
  },
  {
    id: 'CI-1005',
    name: 'File shares',
    kind: 'application',
    owner: 'it',
    environment: 'production',
  },
  { id: 'CI-2001', name: 'pg-prod-01', kind: 'database', owner: 'it', environment: 'production' },
  { id: 'CI-2002', name: 'pg-stage-01', kind: 'database', owner: 'it', environment: 'staging' },
  {
    id: 'CI-2003',
    name: 'ora-fin-01',
    kind: 'database',
    owner: 'finance',
    environment: 'production',
  },
  { id: 'CI-3001', name: 'app-srv-01', kind: 'server', owner: 'it', environment: 'production' },
  { id: 'CI-3002', name: 'app-srv-02', kind: 'server', owner: 'it', environment: 'production' },
  { id: 'CI-4001', name: 'Core switch Paris', kind: 'network', owner: 'it', environment: 'office' },
  { id: 'CI-4002', name: 'VPN gateway', kind: 'network', owner: 'it', environment: 'production' },
  {
    id: 'CI-4003',
    name: 'Wi-Fi Paris 3rd floor',
    kind: 'network',
    owner: 'it',
    environment: 'office',
  },
  {
    id: 'CI-5001',
    name: 'Laptop LT-0423 (Alice Martin)',
    kind: 'laptop',
    owner: 'sales',
    environment: 'office',
  },
];

/** Items whose name or id contains the text (case-insensitive), optionally of some kinds. */
export function searchCmdb(text: string, kinds?: ConfigurationItem['kind'][]): ConfigurationItem[] {
  const needle = text.trim().toLowerCase();
  return cmdb.filter(
    (ci) =>
      (!kinds || kinds.includes(ci.kind)) &&
      (needle === '' ||
        ci.name.toLowerCase().includes(needle) ||
        ci.id.toLowerCase().includes(needle)),
  );
}
