import type { LocalizedDefinition } from '@deskkit/runtime';
import { accessRequest } from './access-request';
import { changeRequest } from './change-request';
import { incident } from './incident';
import { onboarding } from './onboarding';
import { passwordReset } from './password-reset';
import { problem } from './problem';

export { accessRequest, changeRequest, incident, onboarding, passwordReset, problem };

/**
 * Every demo workflow in publish order: access-request comes before onboarding, which starts it
 * as a subworkflow.
 */
export const demoWorkflows: LocalizedDefinition[] = [
  incident,
  passwordReset,
  accessRequest,
  onboarding,
  changeRequest,
  problem,
];
