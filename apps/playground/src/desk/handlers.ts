import type { ActionHandler } from '@deskkit/runtime';

/**
 * The host functions the demo workflows call. `resetPassword` stands in for an identity provider:
 * it issues a one-time reset link, except for administrator accounts, which need an agent.
 */
export const demoHandlers: Record<string, ActionHandler> = {
  resetPassword(input) {
    if (input.system === 'admin') return { resetStatus: 'needs-agent' };
    const token = Array.from(crypto.getRandomValues(new Uint8Array(9)), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
    return { resetStatus: 'link-sent', resetLink: `https://id.example.com/reset/${token}` };
  },
};
