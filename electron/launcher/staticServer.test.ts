import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedHosts, startStaticServer, type StaticServer } from './staticServer';
import { isValidProof, newNonce, WHOAMI_PATH } from './whoami';

const PAGE = '<!doctype html><title>Accord secret page</title>';
const secret = randomBytes(32);
let root: string;
let plain: StaticServer;
let launcher: StaticServer;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'accord-static-'));
  writeFileSync(join(root, 'index.html'), PAGE);
  plain = await startStaticServer(root);
  launcher = await startStaticServer(root, 0, { secret });
});
afterAll(async () => {
  await plain.close();
  await launcher.close();
  rmSync(root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  type: string;
  body: string;
}

/** node:http, because fetch will not let a test choose the Host header (or leave it out). */
function get(port: number, host: string | null, path = '/', method = 'GET'): Promise<Answer> {
  return new Promise((ok, fail) => {
    const headers = host === null ? {} : { host };
    const req = request({ host: '127.0.0.1', port, path, method, headers, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', fail);
    req.end();
  });
}

function expectMisdirected(answer: Answer): void {
  expect(answer.status).toBe(421);
  expect(answer.type).toContain('text/plain');
  expect(answer.body).toMatch(/^Misdirected request/);
  expect(answer.body).not.toContain('secret page');
}

describe('the Host header', () => {
  it('answers to 127.0.0.1:<its port> and to nothing on another port', async () => {
    expect(await get(plain.port, `127.0.0.1:${plain.port}`)).toMatchObject({ status: 200, body: PAGE });
    expectMisdirected(await get(plain.port, `127.0.0.1:${plain.port + 1}`));
    expectMisdirected(await get(plain.port, '127.0.0.1'));
  });

  it('answers to localhost:<its port> but not to another name pointed at 127.0.0.1 (DNS rebinding)', async () => {
    expect(await get(plain.port, `localhost:${plain.port}`)).toMatchObject({ status: 200, body: PAGE });
    expectMisdirected(await get(plain.port, `evil.example:${plain.port}`));
    expectMisdirected(await get(plain.port, `localhost.evil.example:${plain.port}`));
    expect((await get(plain.port, `evil.example:${plain.port}`, '/index.html', 'HEAD')).status).toBe(421);
  });

  it('refuses a request without a Host header', async () => {
    expectMisdirected(await get(plain.port, null));
    expectMisdirected(await get(plain.port, ''));
  });

  it('checks the whoami path like every other', async () => {
    expectMisdirected(await get(launcher.port, `evil.example:${launcher.port}`, `${WHOAMI_PATH}?nonce=${newNonce()}`));
  });

  it('names the bare host only on port 80, where browsers leave the port out', () => {
    expect(allowedHosts(47615)).toEqual(['127.0.0.1:47615', 'localhost:47615']);
    expect(allowedHosts(80)).toEqual(['127.0.0.1', '127.0.0.1:80', 'localhost', 'localhost:80']);
  });
});

describe('whoami', () => {
  const ask = (server: StaticServer, nonce: string) => get(server.port, `127.0.0.1:${server.port}`, `${WHOAMI_PATH}?nonce=${nonce}`);

  it("proves the launcher's secret for its own port, and is plain 404 on a server without one", async () => {
    const nonce = newNonce();
    const answer = await ask(launcher, nonce);
    expect(answer.status).toBe(200);
    const { proof } = JSON.parse(answer.body) as { proof: string };
    expect(isValidProof(secret, launcher.port, nonce, proof)).toBe(true);
    expect(isValidProof(secret, launcher.port + 1, nonce, proof)).toBe(false);
    expect(isValidProof(randomBytes(32), launcher.port, nonce, proof)).toBe(false);
    expect((await ask(plain, nonce)).status).toBe(404);
  });

  it('turns down a nonce that is not hex of a sane length', async () => {
    for (const nonce of ['', 'abc', 'Z'.repeat(64), 'a'.repeat(200)]) {
      const answer = await ask(launcher, nonce);
      expect(answer.status, nonce).toBe(400);
      expect(answer.body).toContain('nonce must be');
    }
  });
});
