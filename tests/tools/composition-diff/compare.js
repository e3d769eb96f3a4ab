#!/usr/bin/env node
// Differential check of GraphGateway composition against the reference composition (@apollo/composition).
// Usage: node compare.js <casesDir> <oursDir> <knownDifferencesFile>
//   <casesDir>/<case>/<subgraph>.graphql  subgraph SDLs (routing URL: http://<subgraph>)
//   <oursDir>/<case>.graphql              our supergraph (when our compose succeeded)
//   <oursDir>/<case>.err                  our stderr ("error [CODE] message" lines)
//   <oursDir>/<case>.rc                   our exit code
// Compares: same success/failure; successes semantically equal (types, fields, arguments, defaults,
// join and feature directives with their arguments, descriptions; order and formatting ignored);
// failures the same set of error codes. Prints the agreement rate; exits 1 when a case disagrees
// that the known-differences file does not list.
'use strict';
const fs = require('fs');
const path = require('path');
const { composeServices } = require('@apollo/composition');
const { parse, print, Kind } = require('graphql');

const [casesDir, oursDir, knownFile] = process.argv.slice(2);
if (!casesDir || !oursDir) {
  console.error('usage: node compare.js <casesDir> <oursDir> [knownDifferencesFile]');
  process.exit(2);
}

const known = new Map();
if (knownFile && fs.existsSync(knownFile)) {
  for (const line of fs.readFileSync(knownFile, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const i = t.indexOf(':');
    if (i < 0) { console.error(`known-differences: line without "case: reason": ${t}`); process.exit(2); }
    known.set(t.slice(0, i).trim(), t.slice(i + 1).trim());
  }
}

const MACHINERY_TYPE = /^(join__|link__|requiresScopes__|policy__)/;
const DEFAULT_ARGS = {
  join__type: { extension: 'false', resolvable: 'true', isInterfaceObject: 'false' },
  listSize: { requireOneSlicingArgument: 'true' },
  deprecated: { reason: '"No longer supported"' },
};

function sortValue(name, argName, node) {
  // DNF lists: order of scopes/policies is not meaningful.
  if ((name === 'requiresScopes' || name === 'policy') && node.kind === Kind.LIST) {
    const inner = node.values.map(v => v.kind === Kind.LIST ? '[' + v.values.map(print).sort().join(', ') + ']' : print(v));
    return '[' + inner.sort().join(', ') + ']';
  }
  return print(node);
}

function directives(list) {
  const out = [];
  for (const d of list || []) {
    const name = d.name.value;
    if (name === 'link' || name === 'core') continue;
    const defaults = DEFAULT_ARGS[name] || {};
    const args = (d.arguments || [])
      .map(a => [a.name.value, sortValue(name, a.name.value, a.value)])
      .filter(([k, v]) => defaults[k] !== v)
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([k, v]) => `${k}: ${v}`);
    out.push(`@${name}(${args.join(', ')})`);
  }
  return out.sort();
}

function desc(node) {
  return node.description ? node.description.value.trim() : undefined;
}

function normalize(sdl) {
  const doc = parse(sdl);
  const types = {};
  let roots = {};
  for (const def of doc.definitions) {
    if (def.kind === Kind.SCHEMA_DEFINITION) {
      for (const op of def.operationTypes) roots[op.operation] = op.type.name.value;
      continue;
    }
    if (def.kind === Kind.DIRECTIVE_DEFINITION) continue;
    const name = def.name && def.name.value;
    if (!name) continue;
    if (name === 'join__Graph') {
      types[name] = { values: def.values.map(v => `${v.name.value} ${directives(v.directives).join(' ')}`).sort() };
      continue;
    }
    if (MACHINERY_TYPE.test(name)) continue;
    const t = { kind: def.kind, description: desc(def), directives: directives(def.directives) };
    if (def.interfaces) t.interfaces = def.interfaces.map(i => i.name.value).sort();
    if (def.types) t.members = def.types.map(m => m.name.value).sort();
    if (def.values) t.values = def.values.map(v => `${v.name.value} ${directives(v.directives).join(' ')}${desc(v) ? ' "' + desc(v) + '"' : ''}`).sort();
    if (def.fields) {
      t.fields = {};
      for (const f of def.fields) {
        const field = { type: print(f.type), description: desc(f), directives: directives(f.directives) };
        if (f.defaultValue) field.default = print(f.defaultValue);
        if (f.arguments && f.arguments.length) {
          field.args = f.arguments.map(a => `${a.name.value}: ${print(a.type)}${a.defaultValue ? ' = ' + print(a.defaultValue) : ''} ${directives(a.directives).join(' ')}${desc(a) ? ' "' + desc(a) + '"' : ''}`.trim()).sort();
        }
        t.fields[f.name.value] = field;
      }
      t.fields = Object.fromEntries(Object.entries(t.fields).sort((a, b) => a[0].localeCompare(b[0])));
    }
    types[name] = t;
  }
  const sorted = Object.fromEntries(Object.entries(types).sort((a, b) => a[0].localeCompare(b[0])));
  return JSON.stringify({ roots, types: sorted }, null, 1);
}

function reference(caseDir) {
  const files = fs.readdirSync(caseDir).filter(f => f.endsWith('.graphql')).sort();
  const services = [];
  for (const f of files) {
    const name = path.basename(f, '.graphql');
    const sdl = fs.readFileSync(path.join(caseDir, f), 'utf8');
    try {
      services.push({ name, url: `http://${name}`, typeDefs: parse(sdl) });
    } catch (e) {
      return { ok: false, codes: ['INVALID_GRAPHQL'] };
    }
  }
  let r;
  try {
    r = composeServices(services);
  } catch (e) {
    // The reference sometimes throws instead of reporting (e.g. some kind mismatches).
    return { ok: false, codes: [(e.extensions && e.extensions.code) || 'UNKNOWN'] };
  }
  if (r.errors && r.errors.length) {
    return { ok: false, codes: [...new Set(r.errors.map(e => (e.extensions && e.extensions.code) || 'UNKNOWN'))].sort() };
  }
  return { ok: true, sdl: r.supergraphSdl };
}

function ours(name) {
  const rc = Number(fs.readFileSync(path.join(oursDir, `${name}.rc`), 'utf8').trim());
  const err = fs.existsSync(path.join(oursDir, `${name}.err`)) ? fs.readFileSync(path.join(oursDir, `${name}.err`), 'utf8') : '';
  if (rc === 0) return { ok: true, sdl: fs.readFileSync(path.join(oursDir, `${name}.graphql`), 'utf8') };
  const codes = [...new Set([...err.matchAll(/^error \[([A-Z_]+)\]/gm)].map(m => m[1]))].sort();
  return { ok: false, codes, rc, err };
}

function firstDifference(a, b) {
  const la = a.split('\n'), lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}:\n    reference: ${la[i]}\n    ours:      ${lb[i]}`;
  }
  return '';
}

const cases = fs.readdirSync(casesDir).filter(d => fs.statSync(path.join(casesDir, d)).isDirectory()).sort();
let agree = 0;
const unexpected = [];
const knownSeen = [];
for (const c of cases) {
  const ref = reference(path.join(casesDir, c));
  const our = ours(c);
  let verdict = null;
  if (ref.ok !== our.ok) {
    verdict = ref.ok ? `reference composes, ours fails with ${our.codes.join(', ') || `exit ${our.rc}`}` : `reference fails with ${ref.codes.join(', ')}, ours composes`;
  } else if (ref.ok) {
    const a = normalize(ref.sdl), b = normalize(our.sdl);
    if (a !== b) verdict = `supergraphs differ at ${firstDifference(a, b)}`;
  } else if (ref.codes.join(',') !== our.codes.join(',')) {
    verdict = `error codes differ: reference [${ref.codes.join(', ')}], ours [${our.codes.join(', ')}]`;
  }
  if (verdict === null) {
    agree++;
    console.log(`agree     ${c}${ref.ok ? '' : ` (${ref.codes.join(', ')})`}${known.has(c) ? '  [listed in known differences but now agrees: remove it]' : ''}`);
  } else if (known.has(c)) {
    knownSeen.push(c);
    console.log(`known     ${c}: ${verdict}\n          reason: ${known.get(c)}`);
  } else {
    unexpected.push(c);
    console.log(`DISAGREE  ${c}: ${verdict}`);
  }
}
const rate = cases.length ? (100 * agree / cases.length).toFixed(1) : '0.0';
console.log(`\nagreement: ${agree}/${cases.length} cases (${rate}%); known differences: ${knownSeen.length}; unexpected: ${unexpected.length}`);
process.exit(unexpected.length === 0 && cases.length > 0 ? 0 : 1);
