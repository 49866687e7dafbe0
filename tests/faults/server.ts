import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const sessionSecret = 'faults-suite-session-secret-0123456789abcdef';

/** A free port on the loopback interface: every request of this suite stays on this machine. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  base: string;
  process: ChildProcess;
  output: () => string;
  kill: () => Promise<void>;
  stop: () => Promise<void>;
}

/** The real server, as `npm start` runs it (without rebuilding assets), listening on 127.0.0.1 only. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SESSION_SECRET: sessionSecret,
      LOG_LEVEL: 'warn',
      HUB_DEMO: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode} before serving:\n${out}`);
    try {
      const res = await fetch(`${base}/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not serve within 90 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    base,
    process: child,
    output: () => out,
    kill: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A signed-in browser, reduced to what the suite needs: a cookie jar and the CSRF token. */
export class Client {
  private cookies = new Map<string, string>();
  csrf = '';
  constructor(
    readonly base: string,
    private readonly forwardedFor?: string,
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    const h: Record<string, string> = { cookie: this.cookieHeader, ...extra };
    if (this.forwardedFor) h['x-forwarded-for'] = this.forwardedFor;
    return h;
  }

  async request(
    method: string,
    url: string,
    init: { body?: BodyInit; headers?: Record<string, string>; signal?: AbortSignal } = {},
  ): Promise<Response> {
    const res = await fetch(this.base + url, {
      method,
      redirect: 'manual',
      headers: this.headers(init.headers),
      body: init.body,
      signal: init.signal,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  async page(url: string): Promise<string> {
    const res = await this.request('GET', url);
    const body = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(body);
    if (token) this.csrf = token[1]!;
    return body;
  }

  async form(url: string, fields: Record<string, string>): Promise<Response> {
    return this.request('POST', url, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...fields, _csrf: this.csrf }).toString(),
    });
  }

  async upload(
    url: string,
    fields: Record<string, string>,
    file: { field: string; name: string; content: Buffer },
    signal?: AbortSignal,
  ): Promise<Response> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    form.set(file.field, new Blob([new Uint8Array(file.content)]), file.name);
    const sep = url.includes('?') ? '&' : '?';
    return this.request('POST', `${url}${sep}_csrf=${encodeURIComponent(this.csrf)}`, { body: form, signal });
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page('/sign-in');
    const res = await this.form('/sign-in', { email, password });
    if (res.status !== 303 && res.status !== 302)
      throw new Error(`sign-in as ${email} failed: ${res.status}`);
    await this.page('/account');
    if (!this.csrf) throw new Error(`no CSRF token for ${email}`);
  }
}
