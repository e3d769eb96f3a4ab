// Turns the JSON lines of one tests/load/run.sh run into the Markdown report (stdout).
// Usage: node scripts/report.mjs <results.jsonl> --command C --settings S --machine M --versions V
import { readFileSync } from 'node:fs';

const [file, ...rest] = process.argv.slice(2);
const meta = {};
for (let i = 0; i < rest.length; i += 2) meta[rest[i].replace(/^--/, '')] = rest[i + 1];
const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const MODES = {
  'unique-auth': 'unique `authorization` per request, forwarded to every subgraph (headline)',
  identical: 'identical requests',
};
const fixed = (v, d) => (v === undefined || v === null || Number.isNaN(v) ? '—' : v.toFixed(d));
const ms = (us) => fixed(us / 1000, 1);
const perSecond = (r) => r.requests / (r.durationUs / 1e6);

function derived(r) {
  return {
    rps: perSecond(r),
    cpuMsPerReq: r.hasGateway && r.requests ? (r.gatewayCpuS * 1000) / r.requests : undefined,
    rssMb: r.hasGateway ? r.peakRssKb / 1024 : undefined,
    fanout: r.requests ? r.subgraphRequests / r.requests : undefined,
  };
}

const out = [];
out.push(`# Load benchmark run ${file.replace(/^.*\//, '').replace(/\.jsonl$/, '')}`, '');
out.push(`- command: \`${meta.command}\``);
out.push(`- settings: ${meta.settings}; loopback only; wrk closed loop; every target's response checked against the expected JSON before and after its run`);
out.push(`- machine: ${meta.machine}`);
out.push(`- versions: ${meta.versions}`);
out.push('');

for (const [mode, title] of Object.entries(MODES)) {
  const inMode = rows.filter((r) => r.mode === mode);
  if (!inMode.length) continue;
  out.push(`## Mode: ${title}`, '');
  out.push('| target | req/s | p50 ms | p99 ms | non-2xx | socket errors | gateway CPU s | gateway CPU ms/req | gateway peak RSS MB | subgraph CPU s | subgraph req per request: alone / under load | authorization forwarded |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of inMode) {
    if (r.status === 'skipped' || r.requests === undefined) {
      out.push(`| ${r.label} | ${r.status.toUpperCase()}: ${r.reason} | | | | | | | | | | |`);
      continue;
    }
    const d = derived(r);
    const auth = mode === 'unique-auth' ? `${r.subgraphWithAuthorization}/${r.subgraphRequests}` : 'n/a';
    const label = r.status === 'ok' ? r.label : `${r.label} — **FAILED**: ${r.reason}`;
    out.push(`| ${label} | ${fixed(d.rps, 0)} | ${ms(r.p50Us)} | ${ms(r.p99Us)} | ${r.statusErrors} | ${r.socketErrors} | ${r.hasGateway ? fixed(r.gatewayCpuS, 2) : '—'} | ${fixed(d.cpuMsPerReq, 2)} | ${fixed(d.rssMb, 0)} | ${fixed(r.subgraphCpuS, 2)} | ${r.subgraphRequestsSingle} / ${fixed(d.fanout, 1)} | ${auth} |`);
  }
  out.push('');

  // Several rounds or variants of our gateway: medians per target, and each variant against `ours` paired by round.
  const rounds = new Set(inMode.map((r) => r.round ?? 1));
  const variants = [...new Set(inMode.filter((r) => r.target.startsWith('ours:')).map((r) => r.target))];
  if (rounds.size > 1 || variants.length) {
    const median = (xs) => { const a = [...xs].sort((x, y) => x - y); const m = a.length >> 1; return a.length ? (a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2) : NaN; };
    const ok = (t) => inMode.filter((r) => r.target === t && r.status === 'ok' && r.requests !== undefined);
    out.push(`Medians over ${rounds.size} round(s):`, '');
    out.push('| target | rounds ok | req/s | p50 ms | p99 ms | gateway CPU ms/req | gateway peak RSS MB |');
    out.push('|---|---:|---:|---:|---:|---:|---:|');
    for (const t of [...new Set(inMode.map((r) => r.target))]) {
      const rs = ok(t);
      if (!rs.length) continue;
      out.push(`| ${rs[0].label} | ${rs.length} | ${fixed(median(rs.map((r) => derived(r).rps)), 0)} | ${ms(median(rs.map((r) => r.p50Us)))} | ${ms(median(rs.map((r) => r.p99Us)))} | ${fixed(median(rs.map((r) => derived(r).cpuMsPerReq)), 3)} | ${fixed(median(rs.map((r) => derived(r).rssMb)), 0)} |`);
    }
    out.push('');
    const base = ok('ours');
    if (base.length && variants.length) {
      out.push('Variants against `ours`, paired by round (median of the per-round ratios):', '');
      out.push('| variant | rounds | throughput | p99 | CPU ms/req |');
      out.push('|---|---:|---:|---:|---:|');
      for (const v of variants) {
        const pairs = ok(v).map((r) => [r, base.find((b) => (b.round ?? 1) === (r.round ?? 1))]).filter(([, b]) => b);
        if (!pairs.length) continue;
        const ratio = (f) => fixed(median(pairs.map(([r, b]) => f(r) / f(b))), 3);
        out.push(`| ${pairs[0][0].label} | ${pairs.length} | ${ratio((r) => derived(r).rps)}× | ${ratio((r) => r.p99Us)}× | ${ratio((r) => derived(r).cpuMsPerReq)}× |`);
      }
      out.push('');
    }
  }

  const ours = inMode.find((r) => r.target === 'ours' && r.status === 'ok');
  const peers = inMode.filter((r) => r.hasGateway && r.target !== 'ours' && !r.target.startsWith('ours:') && r.status === 'ok' && (r.round ?? 1) === 1);
  if (!ours) {
    const skipped = inMode.find((r) => r.target === 'ours');
    out.push(`Ratios ours/peer: not available — our gateway ${skipped ? `${skipped.status}: ${skipped.reason}` : 'was not in this run'}.`, '');
    continue;
  }
  const o = derived(ours);
  out.push('Ratios ours/peer (throughput: higher is better; latency, CPU per request, RSS: lower is better):', '');
  out.push('| peer | throughput | p50 | p99 | CPU ms/req | peak RSS |');
  out.push('|---|---:|---:|---:|---:|---:|');
  for (const p of peers) {
    const d = derived(p);
    out.push(`| ${p.label} | ${fixed(o.rps / d.rps, 2)}× | ${fixed(ours.p50Us / p.p50Us, 2)}× | ${fixed(ours.p99Us / p.p99Us, 2)}× | ${fixed(o.cpuMsPerReq / d.cpuMsPerReq, 2)}× | ${fixed(o.rssMb / d.rssMb, 2)}× |`);
  }
  out.push('');
}

out.push('Columns: req/s = completed requests / measured seconds; p50/p99 from wrk; non-2xx = responses with status ≥ 400 (wrk\'s count);');
out.push('gateway CPU s = utime+stime delta of the gateway process over the measured window (/proc/<pid>/stat);');
out.push('peak RSS = VmHWM of the gateway process at the end of its run (includes warm-up); subgraph req per request:');
out.push('alone = subgraph requests for one client request sent by itself; under load = subgraph requests received during the');
out.push('measured window / client requests completed (below "alone" when a gateway merges identical in-flight requests);');
out.push('authorization forwarded = subgraph requests that carried an `authorization` header / all subgraph requests.');
console.log(out.join('\n'));
