import { storyDesk, storyUser, type DeskStoryData } from '../stories/storyDesk';

const access = { beneficiary: 'alice', system: 'CI-1001', level: 'read', approver: 'victor' };

/** A desk where Alice raised two access requests that Victor (the story's user) must approve. */
export async function loadWaitingApprovals(context: {
  parameters?: unknown;
}): Promise<DeskStoryData> {
  const data = await storyDesk(storyUser(context));
  const alice = data.desk.runtime.client('alice');
  await alice.startTicket({ workflow: 'access-request', data: access });
  await alice.startTicket({ workflow: 'access-request', data: { ...access, system: 'CI-1002' } });
  return data;
}
