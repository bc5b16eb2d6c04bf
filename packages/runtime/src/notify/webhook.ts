import type { StorageAdapter } from '../storage/storage.types';
import { NOTIFY_STATE, writeState } from './prefs';
import type { WebhookEndpoint, WebhookLogEntry } from './webhook.types';

const te = new TextEncoder();

function base64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const bin = atob(text);
  const out = new Uint8Array(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A new Standard Webhooks secret (`whsec_` + base64 of 32 random bytes). */
export function newWebhookSecret(): string {
  return `whsec_${base64(crypto.getRandomValues(new Uint8Array(32)))}`;
}

/**
 * The `webhook-signature` header of the Standard Webhooks specification: `v1,` + base64 of
 * HMAC-SHA256 over `<webhook-id>.<webhook-timestamp>.<body>`, keyed by the secret's bytes.
 */
export async function signWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    fromBase64(secret.startsWith('whsec_') ? secret.slice(6) : secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, te.encode(`${id}.${timestamp}.${body}`));
  return `v1,${base64(new Uint8Array(mac))}`;
}

/** What one webhook delivery sends: the Standard Webhooks envelope `{ type, timestamp, data }`. */
export interface WebhookMessage {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

/**
 * POSTs a signed message to an endpoint (`webhook-id`, `webhook-timestamp`, `webhook-signature`)
 * and records the attempt in the endpoint's delivery log. Any 2xx is success.
 */
export async function sendWebhook(
  storage: StorageAdapter,
  endpoint: WebhookEndpoint,
  message: WebhookMessage,
  options: {
    now: Date;
    fetch?: typeof fetch;
    timeoutMs?: number;
    /** What happens if this attempt fails: retried at an instant, or dead (kept in the log). */
    onFailure?: { retryAt: string } | 'dead';
  },
): Promise<WebhookLogEntry> {
  const timestamp = Math.floor(options.now.getTime() / 1000);
  const body = JSON.stringify({
    type: message.type,
    timestamp: options.now.toISOString(),
    data: message.data,
  });
  const started = Date.now();
  const entry: WebhookLogEntry = {
    messageId: message.id,
    type: message.type,
    at: options.now.toISOString(),
    ok: false,
    durationMs: 0,
  };
  try {
    const res = await (options.fetch ?? fetch)(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': message.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': await signWebhook(endpoint.secret, message.id, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    entry.status = res.status;
    entry.ok = res.ok;
    if (!res.ok) entry.error = `HTTP ${res.status}`;
    await res.body?.cancel().catch(() => undefined);
  } catch (error) {
    entry.error = error instanceof Error ? error.message : String(error);
  }
  entry.durationMs = Date.now() - started;
  const failure = entry.ok ? undefined : options.onFailure;
  if (failure === 'dead') entry.dead = true;
  else if (failure) entry.nextRetryAt = failure.retryAt;
  await writeState<WebhookLogEntry[]>(storage, NOTIFY_STATE.webhookLog(endpoint.id), (log) =>
    [entry, ...(log ?? [])].slice(0, 50),
  );
  return entry;
}
