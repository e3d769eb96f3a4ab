// Drives GraphGateway's IDE in headless Chromium (Debian's /usr/bin/chromium, through playwright-core):
// opens the IDE page, checks schema completion, sets an operation, runs it, and asserts the result pane's
// `data` equals the expected JSON and the "Query plan" panel shows a plan naming every expected subgraph.
// Saves a screenshot. Exit code 0 = pass; every failure prints what was expected and what was seen.
//
// usage: node ide-test.mjs --url URL --operation FILE --expected FILE --plan-contains a,b,c
//                          --completion FIELD --screenshot FILE [--chromium /usr/bin/chromium]
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, token, i, all) => (token.startsWith('--') ? [...pairs, [token.slice(2), all[i + 1]]] : pairs), []),
);
for (const required of ['url', 'operation', 'expected', 'screenshot']) {
  if (!args[required]) {
    console.error(`ide-test: missing --${required}`);
    process.exit(2);
  }
}

const STEP_TIMEOUT_MS = 20_000;
const operation = readFileSync(args.operation, 'utf8');
const expected = JSON.parse(readFileSync(args.expected, 'utf8'));
const planContains = (args['plan-contains'] || '').split(',').filter(Boolean);
const userDataDir = mkdtempSync(join(tmpdir(), 'graphgateway-chromium-'));
const problems = [];

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: args.chromium || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
  timeout: 60_000,
});

function fail(message) {
  problems.push(message);
  console.error(`FAIL: ${message}`);
}

try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const externalRequests = [];
  const origin = new URL(args.url).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) externalRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') fail(`browser console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => fail(`page error: ${error.message}`));

  const response = await page.goto(args.url, { waitUntil: 'load' });
  if (!response || response.status() !== 200) fail(`GET ${args.url} answered ${response && response.status()}`);
  await page.waitForSelector('.graphiql-container');
  await page.waitForSelector('.graphiql-query-editor .CodeMirror');

  // Schema completion: an empty selection on Query, Ctrl+Space, the hint list offers the expected field.
  if (args.completion) {
    await page.evaluate(() => {
      const cm = document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror;
      cm.setValue('{\n  \n}');
      cm.focus();
      cm.setCursor({ line: 1, ch: 2 });
    });
    // The schema arrives by introspection shortly after load; retry the hint a bounded number of times (about 15 s).
    let hints = [];
    for (let attempt = 0; attempt < 60 && !hints.includes(args.completion); attempt++) {
      await page.keyboard.press('Control+Space');
      await page.waitForTimeout(250);
      hints = await page.$$eval('.CodeMirror-hints li', (items) => items.map((li) => li.textContent.trim()));
      await page.keyboard.press('Escape');
    }
    if (!hints.includes(args.completion)) fail(`completion did not offer "${args.completion}"; offered: ${JSON.stringify(hints)}`);
    else console.log(`completion offers ${hints.length} fields including "${args.completion}"`);
  }

  // Set the operation and run it.
  await page.evaluate((text) => {
    const cm = document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror;
    cm.setValue(text);
  }, operation);
  await page.click('.graphiql-execute-button');
  const resultText = await page.waitForFunction(
    () => {
      const cm = document.querySelector('.graphiql-response .CodeMirror');
      const text = cm && cm.CodeMirror.getValue();
      return text && text.trim().startsWith('{') ? text : null;
    },
    undefined,
    { timeout: STEP_TIMEOUT_MS, polling: 100 },
  ).then((handle) => handle.jsonValue());
  let result;
  try {
    result = JSON.parse(resultText);
  } catch {
    fail(`result pane is not JSON: ${resultText.slice(0, 400)}`);
  }
  if (result && !isDeepStrictEqual(result.data, expected)) {
    fail(`result data differs.\nexpected: ${JSON.stringify(expected)}\nactual:   ${JSON.stringify(result.data)}\nerrors:   ${JSON.stringify(result.errors)}`);
  } else if (result) {
    console.log('result pane shows the expected data');
  }

  // The query plan panel.
  await page.click('button[aria-label="Show Query plan"]');
  const plan = await page.waitForSelector('[data-testid="query-plan"], [data-testid="query-plan-missing"]');
  const planText = (await plan.textContent()) || '';
  if ((await plan.getAttribute('data-testid')) !== 'query-plan') fail(`the plan view shows no plan: ${planText}`);
  for (const word of planContains) {
    if (!planText.includes(word)) fail(`the plan view does not mention "${word}":\n${planText}`);
  }
  if (planText) console.log(`plan view shows ${planText.split('\n').length} lines`);

  if (externalRequests.length > 0) fail(`the IDE requested other origins: ${externalRequests.join(', ')}`);
} catch (error) {
  fail(error && error.stack ? error.stack : String(error));
} finally {
  // A screenshot in every case: the passing state for the record, or what the page showed when it failed.
  try {
    mkdirSync(dirname(args.screenshot), { recursive: true });
    await context.pages()[0].screenshot({ path: args.screenshot });
    console.log(`screenshot: ${args.screenshot}`);
  } catch (error) {
    console.error(`no screenshot: ${error.message}`);
  }
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`ide-test: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('ide-test: passed');
