// Runs the ReAct loop listing from the applications chapter against a local stub of a
// chat-completions API, so the code readers copy is known to work with parallel tool calls.
//
// The stub behaves like the real API on the one rule the listing must respect: an assistant
// message that carries `tool_calls` must be followed by one `tool` message per call id, or the
// request fails with HTTP 400. The first request is answered with two parallel tool calls, the
// second with a final answer. A second case runs the old listing (assistant message appended
// inside the loop over tool calls) and expects the 400, so this test can fail.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT } from '../helpers/contentFiles';

const FINAL_ANSWER = 'Order 123456789012 shipped on 2026-11-30 and arrives tomorrow.';

const HEADINGS = { en: '#### The ReAct loop', zh: '#### ReAct 循环' } as const;

/** The first ```python block after the chapter's ReAct heading (and before the next heading). */
function extractListing(locale: keyof typeof HEADINGS): string {
  const source = readFileSync(join(CONTENT, locale, 'areas', 'applications.mdx'), 'utf8');
  const start = source.indexOf(`\n${HEADINGS[locale]}\n`);
  if (start < 0) throw new Error(`${locale}: heading "${HEADINGS[locale]}" not found`);
  const rest = source.slice(start + HEADINGS[locale].length + 2);
  const section = rest.slice(0, rest.search(/\n#{2,4} /) >= 0 ? rest.search(/\n#{2,4} /) : rest.length);
  const match = section.match(/```python\n([\s\S]*?)\n```/);
  if (!match) throw new Error(`${locale}: no python listing under "${HEADINGS[locale]}"`);
  return match[1];
}

/** Code with comments and trailing spaces removed; the listing has no '#' inside strings. */
function withoutComments(code: string): string {
  return code
    .split('\n')
    .map((line) => line.replace(/\s*#.*$/, '').trimEnd())
    .filter((line) => line !== '')
    .join('\n');
}

// The listing as it stood before the fix: the assistant message is appended once per tool call.
const OLD_LISTING = `messages = [system_prompt, user_msg]
for step in range(MAX_STEPS):
    resp = llm(messages, tools=TOOLS)
    if not resp.tool_calls:
        return resp.content
    for call in resp.tool_calls:
        result = run_tool_safely(call)
        messages += [resp.message, tool_message(call.id, result)]
return fallback_answer()`;

const HARNESS_HEAD = `import json, os, sys, urllib.error, urllib.request

URL = os.environ["STUB_URL"]

class Call:
    def __init__(self, raw):
        self.id = raw["id"]
        self.name = raw["function"]["name"]
        self.arguments = json.loads(raw["function"]["arguments"] or "{}")

class Resp:
    def __init__(self, message):
        self.message = message
        self.content = message.get("content")
        self.tool_calls = [Call(c) for c in message.get("tool_calls") or []]

def llm(messages, tools=None):
    body = json.dumps({"model": "stub", "messages": messages, "tools": tools}).encode()
    request = urllib.request.Request(URL, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            data = json.load(response)
    except urllib.error.HTTPError as error:
        print("HTTP", error.code, error.read().decode(), file=sys.stderr)
        sys.exit(3)
    return Resp(data["choices"][0]["message"])

def run_tool_safely(call):
    return json.dumps({"tool": call.name, "args": call.arguments, "ok": True})

def tool_message(call_id, result):
    return {"role": "tool", "tool_call_id": call_id, "content": result}

system_prompt = {"role": "system", "content": "You answer order questions with the tools."}
user_msg = {"role": "user", "content": "Where is order 123456789012, and has it shipped?"}
TOOLS = [
    {"type": "function", "function": {"name": name, "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}}}}
    for name in ("get_order_status", "get_shipping_eta")
]
MAX_STEPS = 4

def fallback_answer():
    return "FALLBACK"

def agent():
`;

function harness(listing: string): string {
  const body = listing
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : `    ${line}`))
    .join('\n');
  return `${HARNESS_HEAD}${body}\n\nprint("FINAL:", agent())\n`;
}

interface Message {
  role: string;
  content?: string | null;
  tool_calls?: { id: string }[];
  tool_call_id?: string;
}

/** The real API's rule: every assistant tool_calls message is followed by one tool message per id. */
function validate(messages: Message[]): string | null {
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i];
    if (message.role === 'tool') {
      return `messages.[${i}].role: messages with role 'tool' must be a response to a preceding message with 'tool_calls'.`;
    }
    if (message.role !== 'assistant' || !message.tool_calls?.length) continue;
    const pending = new Set(message.tool_calls.map((call) => call.id));
    let j = i + 1;
    while (j < messages.length && messages[j].role === 'tool' && pending.has(messages[j].tool_call_id ?? '')) {
      pending.delete(messages[j].tool_call_id ?? '');
      j++;
    }
    if (pending.size > 0) {
      return (
        "An assistant message with 'tool_calls' must be followed by tool messages responding to each " +
        `'tool_call_id'. The following tool_call_ids did not have response messages: ${[...pending].join(', ')}`
      );
    }
    i = j - 1;
  }
  return null;
}

function completion(message: object) {
  return { id: 'chatcmpl-stub', object: 'chat.completion', choices: [{ index: 0, message, finish_reason: 'stop' }] };
}

let server: Server;
let url = '';
let requests = 0;
const statuses: number[] = [];

function handle(req: IncomingMessage, res: ServerResponse) {
  let raw = '';
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', () => {
    const send = (status: number, payload: object) => {
      statuses.push(status);
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const { messages } = JSON.parse(raw) as { messages: Message[] };
    const error = validate(messages);
    if (error) return send(400, { error: { message: error, type: 'invalid_request_error', param: 'messages', code: null } });
    requests += 1;
    if (requests === 1) {
      return send(
        200,
        completion({
          role: 'assistant',
          content: null,
          tool_calls: ['get_order_status', 'get_shipping_eta'].map((name, k) => ({
            id: `call_${k + 1}`,
            type: 'function',
            function: { name, arguments: JSON.stringify({ order_id: '123456789012' }) },
          })),
        }),
      );
    }
    return send(200, completion({ role: 'assistant', content: FINAL_ANSWER }));
  });
}

function runPython(script: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'react-loop-'));
  const file = join(dir, 'agent.py');
  writeFileSync(file, script);
  requests = 0;
  statuses.length = 0;
  return new Promise((resolve) => {
    // Asynchronous on purpose: the stub server runs in this same process.
    execFile('python3', [file], { env: { ...process.env, STUB_URL: url }, timeout: 60_000 }, (error, stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('ReAct loop listing in the applications chapter', () => {
  it('is the same code in both languages, apart from comments', () => {
    expect(withoutComments(extractListing('zh'))).toBe(withoutComments(extractListing('en')));
  });

  it('completes a turn with two parallel tool calls against a chat-completions stub', async () => {
    const run = await runPython(harness(extractListing('en')));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`FINAL: ${FINAL_ANSWER}`);
    expect(statuses).toEqual([200, 200]);
  });

  it('catches the old listing, which appends the assistant message once per tool call', async () => {
    const run = await runPython(harness(OLD_LISTING));
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('HTTP 400');
    expect(run.stderr).toContain('call_2');
    expect(statuses).toEqual([200, 400]);
  });
});
