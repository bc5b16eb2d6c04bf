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

/**
 * A desk where Sam resolved Alice's laptop incident (a 1–5 survey) and her administrator password
 * reset (a survey with its own form): her inbox holds both "resolved" notifications.
 */
export async function loadResolvedForAlice(context: {
  parameters?: unknown;
}): Promise<DeskStoryData> {
  const data = await storyDesk(storyUser(context));
  const { runtime } = data.desk;
  const resolve = async (id: string, node: string, fields: Record<string, unknown>) => {
    const sam = runtime.client('sam');
    const [item] = await runtime.tasks('sam', { ticketId: id, state: ['open'] });
    if (!item || item.nodeId !== node) throw new Error(`no open work at ${node}`);
    await sam.act({ ticket: id, action: 'claim', workItem: item.id });
    await sam.act({ ticket: id, action: 'submit', workItem: item.id, data: fields });
  };
  const alice = runtime.client('alice');
  const incident = await alice.startTicket({ workflow: 'incident', template: 'laptop-dead' });
  await resolve(incident.id, 'resolve', { resolutionCode: 'fixed', resolution: 'New adapter' });
  const reset = await alice.startTicket({
    workflow: 'password-reset',
    data: { system: 'admin', verification: 'sms', mobile: '+33 6 12 34 56 78' },
  });
  await resolve(reset.id, 'manual', { resetStatus: 'link-sent' });
  return data;
}
