import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * /graphql opened in a browser: a short page saying what the address is for and how to use it.
 * Apollo answered a browser's GET with its CSRF refusal (there is no landing page: Apollo's Sandbox
 * loads its script from a CDN, and the service's own page, at /, is the way in for people). A
 * program's GET or POST never asks for text/html first, and goes on to Apollo as before.
 */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Haven GraphQL API</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main>
<h1>Haven's GraphQL API</h1>
<p>This address is for programs. The web page for people is at <a href="/">/</a>.</p>
<p>Send GraphQL as <code>POST /graphql</code> with <code>content-type: application/json</code> and a body
<code>{"query": "…", "variables": {…}}</code>; sign in with the <code>login</code> mutation and send its
token as <code>authorization: Bearer …</code>. Subscriptions use graphql-ws on this same address.</p>
<pre>curl -s URL -H 'content-type: application/json' \\
  -d '{"query":"mutation { login(email: \\"…\\", password: \\"…\\") { accessToken } }"}'</pre>
<p>The schema is <code>schema.graphql</code> in the repository.</p>
</main></body></html>
`;

export function answerBrowsersOnGraphQL(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || request.url.split('?')[0] !== '/graphql' || !prefersHtml(request)) return;
    const url = `${request.protocol}://${request.host}/graphql`;
    await reply
      .code(200)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(PAGE.replace('URL', escapeHtml(url)));
  });
}

/** As Apollo decides to show a landing page: the client asks for HTML before anything else. */
function prefersHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  const first = accept.split(',')[0]?.split(';')[0]?.trim().toLowerCase();
  return first === 'text/html';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
