// Compares two JSON files as JSON values (object key order ignored, array order kept).
// Exit 0 when equal; otherwise prints the first differing path and exits 1.
// Usage: node scripts/json-equal.mjs <expected.json> <actual.json>
import { readFileSync } from 'node:fs';

const [expectedPath, actualPath] = process.argv.slice(2);
const read = (p) => {
  try {
    return JSON.parse(readFileSync(p, 'utf8'));
  } catch (e) {
    console.error(`${p}: not JSON (${e.message})`);
    process.exit(1);
  }
};

function diff(a, b, path) {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || Array.isArray(a) !== Array.isArray(b) || typeof a !== 'object') {
    return `${path}: expected ${JSON.stringify(a)?.slice(0, 80)}, got ${JSON.stringify(b)?.slice(0, 80)}`;
  }
  if (Array.isArray(a)) {
    if (a.length !== b.length) return `${path}: expected ${a.length} items, got ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = diff(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of [...keys].sort()) {
    if (!(k in a)) return `${path}.${k}: unexpected (got ${JSON.stringify(b[k])?.slice(0, 80)})`;
    if (!(k in b)) return `${path}.${k}: missing`;
    const d = diff(a[k], b[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

const d = diff(read(expectedPath), read(actualPath), '$');
if (d) {
  console.error(d);
  process.exit(1);
}
