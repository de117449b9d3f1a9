// Drives `paperboy mcp` with the official MCP TypeScript SDK client (@modelcontextprotocol/sdk,
// pinned in package.json; `packaging/install-deps.sh --test` installs it) on a temporary
// library of real corpus days, and checks every tool against the CLI's --json output.
// Usage: node sdk-client.test.mjs PAPERBOY_EXE CORPUS_DIR [TRANSCRIPT_FILE]
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [paperboy, corpus, transcriptFile] = process.argv.slice(2);
if (!paperboy || !corpus) {
    console.error('usage: node sdk-client.test.mjs PAPERBOY_EXE CORPUS_DIR [TRANSCRIPT_FILE]');
    process.exit(2);
}
let Client, StdioClientTransport, McpError;
try {
    ({ Client } = await import('@modelcontextprotocol/sdk/client/index.js'));
    ({ StdioClientTransport } = await import('@modelcontextprotocol/sdk/client/stdio.js'));
    ({ McpError } = await import('@modelcontextprotocol/sdk/types.js'));
} catch (error) {
    console.error('FAIL: the MCP TypeScript SDK is not installed in tests/mcp/node_modules ' +
        '(run packaging/install-deps.sh --test, or `npm ci` in tests/mcp): ' + error.message);
    process.exit(1);
}
if (!fs.existsSync(path.join(corpus, 'daily_papers_ko'))) {
    console.error(`FAIL: the shared corpus is missing at ${corpus}`);
    process.exit(1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-mcp-'));
const env = { ...process.env };
delete env.PAPERBOY_DATA_DIR;
const cli = (...args) =>
    execFileSync(paperboy, ['--data-dir', dataDir, ...args], { env, encoding: 'utf8' });
const cliJson = (...args) => JSON.parse(cli(...args, '--json'));
const ids = (hits) => hits.map((hit) => hit.id);

// Two watches saved before the days arrive, so that the days are new in them.
cli('watch', 'add', '모델', '모델');
cli('watch', 'add', 'diffusion', 'diffusion -video');
// A few real days: Korean digests, Hugging Face days and their Korean briefs.
cli('import',
    path.join(corpus, 'daily_papers_ko/2024/12/04.md'),
    path.join(corpus, 'daily_papers_ko/2024/12/05.md'),
    path.join(corpus, 'daily_papers_ko/2024/12/06.md'),
    path.join(corpus, 'hf_daily_papers/2024-12-16.json'),
    path.join(corpus, 'hf_korean_autoflow/2024-12-16_paper_ko.json'));

const transcript = [];
// A readable record: very long messages (a whole day of papers) are cut, saying how much.
const record = (prefix, json) => transcript.push(prefix + (json.length <= 1500 ? json
    : json.slice(0, 1500) + ` … (${json.length - 1500} more characters)`));
// Records every message both ways, as the client's transport sends and receives them.
function recordedTransport(args) {
    const transport = new StdioClientTransport({ command: paperboy, args, env, stderr: 'pipe' });
    const send = transport.send.bind(transport);
    transport.send = (message) => {
        record('-> ', JSON.stringify(message));
        return send(message);
    };
    let receive;
    Object.defineProperty(transport, 'onmessage', {
        get: () => receive,
        set: (handler) => {
            receive = (message) => {
                record('<- ', JSON.stringify(message));
                handler(message);
            };
        },
    });
    return transport;
}

async function connect(extraArgs) {
    const client = new Client({ name: 'paperboy-sdk-test', version: '1.0.0' });
    await client.connect(recordedTransport(['--data-dir', dataDir, 'mcp', ...extraArgs]));
    return client;
}

const text = (result) => result.content.find((item) => item.type === 'text').text;

async function expectProtocolError(promise, code) {
    await assert.rejects(promise, (error) => error instanceof McpError && error.code === code);
}

// Read-only: every read tool answers what the CLI prints; writes are refused.
{
    transcript.push('# paperboy mcp (read-only), driven by @modelcontextprotocol/sdk');
    const client = await connect([]);
    assert.equal(client.getServerVersion().name, 'paperboy');
    assert.ok(client.getServerCapabilities().tools, 'tools capability');
    assert.ok(client.getServerCapabilities().resources, 'resources capability');

    const { tools } = await client.listTools();
    const names = tools.map((tool) => tool.name);
    for (const name of ['search_papers', 'get_paper', 'list_day', 'top_papers', 'related_papers',
        'list_bookmarks', 'add_bookmark', 'remove_bookmark', 'set_note', 'mark_read',
        'list_watches', 'watch_results', 'for_you'])
        assert.ok(names.includes(name), `tools/list has ${name}`);
    for (const tool of tools) {
        assert.equal(tool.inputSchema.type, 'object', `${tool.name} inputSchema`);
        assert.equal(tool.outputSchema?.type, 'object', `${tool.name} outputSchema`);
    }
    assert.match(tools.find((tool) => tool.name === 'add_bookmark').description, /--allow-writes/);

    let someId;
    for (const word of ['모델', '데이터', '강화학습']) {
        const result = await client.callTool({ name: 'search_papers',
            arguments: { query: word, limit: 15 } });
        assert.equal(result.isError, false);
        const expected = ids(cliJson('search', '--limit', '15', word));
        assert.ok(expected.length > 0, `the corpus days have papers for ${word}`);
        assert.deepEqual(ids(result.structuredContent.hits), expected, `search ${word}`);
        assert.deepEqual(JSON.parse(text(result)), result.structuredContent);
        someId ??= expected[0];
    }
    const sorted = await client.callTool({ name: 'search_papers',
        arguments: { query: 'model', limit: 5, sort: 'votes' } });
    assert.deepEqual(ids(sorted.structuredContent.hits),
        ids(cliJson('search', '--limit', '5', '--sort', 'votes', 'model')));

    const paper = await client.callTool({ name: 'get_paper', arguments: { id: someId } });
    assert.deepEqual(paper.structuredContent, cliJson('show', someId));
    const byUrl = await client.callTool({ name: 'get_paper',
        arguments: { id: `https://huggingface.co/papers/${someId}` } });
    assert.deepEqual(byUrl.structuredContent, paper.structuredContent);
    const missing = await client.callTool({ name: 'get_paper', arguments: { id: '1901.00001' } });
    assert.equal(missing.isError, true);
    assert.match(text(missing), /not in the cache/);

    const latest = await client.callTool({ name: 'list_day', arguments: {} });
    assert.deepEqual(latest.structuredContent.papers, cliJson('list'));
    const day = await client.callTool({ name: 'list_day', arguments: { date: '2024-12-05' } });
    assert.deepEqual(day.structuredContent.papers, cliJson('list', '2024-12-05'));
    assert.ok(day.structuredContent.papers.length > 0);

    const top = await client.callTool({ name: 'top_papers',
        arguments: { period: '2024-12', limit: 10 } });
    assert.deepEqual(top.structuredContent.hits, cliJson('top', '--month', '2024-12', '--limit', '10'));
    const week = await client.callTool({ name: 'top_papers', arguments: { period: '2024-W49' } });
    assert.deepEqual(ids(week.structuredContent.hits), ids(cliJson('top', '--week', '2024-W49')));

    const related = await client.callTool({ name: 'related_papers', arguments: { id: someId } });
    assert.deepEqual(related.structuredContent.hits, cliJson('related', someId));

    const { resourceTemplates } = await client.listResourceTemplates();
    assert.ok(resourceTemplates.some((t) => t.uriTemplate === 'paperboy://paper/{id}'));
    const { resources } = await client.listResources();
    assert.deepEqual(resources.map((r) => r.name), ids(cliJson('list')));
    const resource = await client.readResource({ uri: `paperboy://paper/${someId}` });
    const markdown = resource.contents[0].text;
    assert.equal(resource.contents[0].mimeType, 'text/markdown');
    assert.ok(markdown.startsWith(`# ${paper.structuredContent.title}`), markdown.slice(0, 200));
    for (const section of paper.structuredContent.sections)
        assert.ok(markdown.includes(`## ${section.name}`), `resource has section ${section.name}`);
    await expectProtocolError(client.readResource({ uri: 'paperboy://paper/1901.00001' }), -32002);

    const refused = await client.callTool({ name: 'add_bookmark', arguments: { ids: [someId] } });
    assert.equal(refused.isError, true);
    assert.match(text(refused), /--allow-writes/);
    assert.deepEqual(cliJson('bookmarks', 'list'), []);
    const none = await client.callTool({ name: 'list_bookmarks', arguments: {} });
    assert.deepEqual(none.structuredContent.bookmarks, []);

    // Watches: the objects of `watch list --json` and `watch show NAME --json`.
    const watches = await client.callTool({ name: 'list_watches', arguments: {} });
    assert.deepEqual(watches.structuredContent.watches, cliJson('watch', 'list'));
    assert.ok(watches.structuredContent.watches[0].new > 0, 'the days imported are new');
    for (const watch of watches.structuredContent.watches) {
        const shown = await client.callTool({ name: 'watch_results', arguments: { name: watch.name } });
        assert.deepEqual(shown.structuredContent.hits, cliJson('watch', 'show', watch.name));
    }
    assert.equal((await client.callTool({ name: 'watch_results',
        arguments: { name: 'no such watch' } })).isError, true);

    // Protocol errors are JSON-RPC errors; the server goes on serving after them.
    await expectProtocolError(client.callTool({ name: 'no_such_tool', arguments: {} }), -32602);
    await expectProtocolError(client.callTool({ name: 'search_papers',
        arguments: { query: 'x', limit: 0 } }), -32602);
    await expectProtocolError(client.request({ method: 'paperboy/unknown', params: {} },
        (await import('@modelcontextprotocol/sdk/types.js')).EmptyResultSchema), -32601);
    await client.ping();
    await client.close();

    // Writes allowed: the same writes as the CLI's, seen by the CLI.
    transcript.push('', '# paperboy mcp --allow-writes');
    const writer = await connect(['--allow-writes']);
    const added = await writer.callTool({ name: 'add_bookmark', arguments: { ids: [someId] } });
    assert.equal(added.isError, false, text(added));
    assert.deepEqual(added.structuredContent.bookmarked, [someId]);
    assert.deepEqual(ids(cliJson('bookmarks', 'list')), [someId]);
    const listed = await writer.callTool({ name: 'list_bookmarks', arguments: {} });
    assert.deepEqual(listed.structuredContent.bookmarks, cliJson('bookmarks', 'list'));
    const bookmarked = await writer.callTool({ name: 'search_papers',
        arguments: { query: 'is:bookmarked' } });
    assert.deepEqual(ids(bookmarked.structuredContent.hits), [someId]);

    const note = '읽어 볼 것: 방법 부분';
    assert.equal((await writer.callTool({ name: 'set_note',
        arguments: { id: someId, text: note } })).isError, false);
    assert.equal(cli('note', someId).trim(), note);
    assert.equal((await writer.callTool({ name: 'mark_read', arguments: { ids: [someId] } })).isError,
        false);
    assert.deepEqual(ids(cliJson('search', 'is:read')), [someId]);
    const unknown = await writer.callTool({ name: 'add_bookmark', arguments: { ids: ['1901.00001'] } });
    assert.equal(unknown.isError, true);
    assert.match(text(unknown), /1901\.00001/);

    const removed = await writer.callTool({ name: 'remove_bookmark', arguments: { ids: [someId] } });
    assert.equal(removed.isError, false, text(removed));
    assert.deepEqual(cliJson('bookmarks', 'list'), []);

    // For you: by votes with too few bookmarks, then the learnt order; the papers, scores and
    // reasons `foryou --json` prints, bookmarked papers left out.
    const coldStart = await writer.callTool({ name: 'for_you', arguments: { limit: 50 } });
    assert.equal(coldStart.isError, false, text(coldStart));
    assert.equal(coldStart.structuredContent.ordered_by_votes, true);
    assert.ok(coldStart.structuredContent.bookmarks_needed > 0);
    assert.deepEqual(coldStart.structuredContent.papers, cliJson('foryou', '--limit', '50'));
    const liked = ids((await writer.callTool({ name: 'search_papers',
        arguments: { query: 'diffusion', limit: 6 } })).structuredContent.hits);
    assert.ok(liked.length >= 5, 'enough diffusion papers to bookmark');
    assert.equal((await writer.callTool({ name: 'add_bookmark',
        arguments: { ids: liked } })).isError, false);
    const ranked = await writer.callTool({ name: 'for_you', arguments: { limit: 50 } });
    assert.equal(ranked.isError, false, text(ranked));
    assert.equal(ranked.structuredContent.ordered_by_votes, false);
    assert.deepEqual(ranked.structuredContent.papers, cliJson('foryou', '--limit', '50'));
    assert.ok(ranked.structuredContent.papers.length > 0);
    for (const paper of ranked.structuredContent.papers)
        assert.ok(!liked.includes(paper.id), `${paper.id} is bookmarked, so not listed`);
    assert.equal((await writer.callTool({ name: 'for_you',
        arguments: { from: '2024-12-16' } })).isError, true, 'from without to');
    await writer.close();
}

// Raw lines the SDK never sends: malformed JSON and an unknown method, each answered with a
// JSON-RPC error, and the server still answering afterwards; stdout is protocol only, and the
// end of stdin ends the server cleanly.
{
    const server = spawn(paperboy, ['--data-dir', dataDir, 'mcp'], { env });
    let out = '';
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (chunk) => { out += chunk; });
    server.stderr.resume();
    const lines = [
        '{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": ' +
            '"2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}}',
        '{"jsonrpc": "2.0", "method": "notifications/initialized"}',
        '{"jsonrpc": "2.0", "id": 2, "method": "tools/list"',
        '{"jsonrpc": "2.0", "id": 3, "method": "no/such/method"}',
        '{"jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": {"name": "get_paper"}}',
        '{"jsonrpc": "2.0", "id": 5, "method": "ping"}',
    ];
    transcript.push('', '# raw lines (what the SDK never sends)');
    for (const line of lines) {
        record('-> ', line);
        server.stdin.write(line + '\n');
    }
    server.stdin.end();
    const code = await new Promise((resolve) => server.on('close', resolve));
    assert.equal(code, 0, 'exits cleanly at the end of stdin');
    const answers = out.trim().split('\n').map((line) => {
        record('<- ', line);
        return JSON.parse(line); // every line of stdout is a JSON-RPC message
    });
    assert.equal(answers.length, 5);
    assert.equal(answers[0].result.protocolVersion, '2025-06-18');
    assert.deepEqual([answers[1].id, answers[1].error.code], [null, -32700]);
    assert.deepEqual([answers[2].id, answers[2].error.code], [3, -32601]);
    assert.deepEqual([answers[3].id, answers[3].error.code], [4, -32602]);
    assert.deepEqual(answers[4], { jsonrpc: '2.0', id: 5, result: {} });
}

if (transcriptFile)
    fs.writeFileSync(transcriptFile, transcript.join('\n') + '\n');
fs.rmSync(dataDir, { recursive: true, force: true });
console.log('PASS: paperboy mcp driven by the MCP TypeScript SDK');
