import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webRoot } from '../../src/web/web-page';
import { TestApp } from '../support/test-app';

/** What the build wrote (npm test builds the page first: the `pretest` script). */
const built = JSON.parse(readFileSync(join(webRoot(), 'sizes.json'), 'utf8')) as {
  script: string;
  style: string;
  worker: string;
  sizes: Record<string, { bytes: number; gzip: number; brotli: number }>;
};

describe('web page: served at / by the service', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });

  afterAll(async () => {
    await t.close();
  });

  it('serves the page with a strict content security policy, asked afresh each time', async () => {
    const response = await t.http().get('/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    const policy = response.headers['content-security-policy'];
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.text).toContain(`src="/${built.script}"`);
    expect(response.text).toContain(`href="/${built.style}"`);
  });

  it('sends the script compressed and cached for good under its hashed name', async () => {
    const brotli = await t.http().get(`/${built.script}`).set('accept-encoding', 'br');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gzip = await t.http().get(`/${built.style}`).set('accept-encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
  });

  it('serves the service worker at the root, as a script asked afresh, under the same policy', async () => {
    const response = await t.http().get('/sw.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['service-worker-allowed']).toBeUndefined(); // at the root, it needs none
    const worker = response.text;
    expect(worker).toContain('showNotification');
    expect(worker).toContain('notificationclick');
    // nothing of the API or the page is cached by the worker
    expect(worker).not.toMatch(/addEventListener\("fetch"|caches\./);
    const brotli = await t.http().get('/sw.js').set('accept-encoding', 'br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('no-cache');
  });

  it('keeps the first load under 150 KB of script, compressed', () => {
    expect(built.sizes[built.script].gzip).toBeLessThan(150 * 1024);
  });

  it('serves nothing else from the build folder, and GraphQL still answers on /graphql', async () => {
    expect((await t.http().get('/sizes.json')).status).toBe(404);
    expect((await t.http().get('/../package.json')).status).toBe(404);
    const answer = await t.gql('{ __typename }');
    expect(answer.data).toEqual({ __typename: 'Query' });
  });

  it('never puts the token where it outlives the tab', () => {
    const script = readFileSync(join(webRoot(), built.script), 'utf8');
    expect(script).toContain('sessionStorage');
    expect(script).not.toContain('localStorage');
    expect(script).not.toContain('document.cookie');
  });
});
