/** Server child processes for tests and the bench: start `serverProcess.ts`, read its output. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

export interface ServerChild {
  url: string;
  child: ChildProcess;
  /** Every line the process printed so far. */
  lines: string[];
  /** Resolves with the first printed line that satisfies `match`. */
  line(match: (line: string) => boolean): Promise<string>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Starts one server process (`memory`, or a PostgreSQL URL and schema) and waits until it listens. */
export async function startServer(
  args: string[],
  env: Record<string, string> = {},
): Promise<ServerChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/serverProcess.ts', ...args], {
    cwd: packageDir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  const lines: string[] = [];
  const waiting = new Set<() => void>();
  createInterface({ input: child.stdout! }).on('line', (l) => {
    lines.push(l);
    for (const w of waiting) w();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => {
    gone = true;
    for (const w of waiting) w();
  });
  const line = async (match: (l: string) => boolean): Promise<string> => {
    for (;;) {
      const hit = lines.find(match);
      if (hit !== undefined) return hit;
      if (gone)
        throw new Error(
          `server process exited before printing the awaited line: ${lines.join(' | ')}`,
        );
      await new Promise<void>((resolve) => {
        const w = () => {
          waiting.delete(w);
          resolve();
        };
        waiting.add(w);
      });
    }
  };
  const listening = await line((l) => l.startsWith('listening '));
  return { url: listening.slice('listening '.length), child, lines, line, exited };
}
