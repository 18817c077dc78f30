// peers.mjs - times the JavaScript peers of factbrief's number and
// quotation stages on the same inputs as bench/fb-bench, for bench/run.sh.
//
// usage: node peers.mjs [--runs N] [--budget SECONDS] [--max-bytes N]
//            [--ours FB.jsonl] [--out PEERS.jsonl] CASE...
// where CASE is NAME=PATH (a file, or a folder of *.txt articles).
// Writes one JSON object per (case, peer) to --out (default: standard
// output); with --ours (fb-bench --json), prints a table of our throughput
// against each peer's on the same text.
//
// Peers, each fed one paragraph at a time (blank-line blocks), as a user
// would call them:
//   recognizers  @microsoft/recognizers-text-suite, English: numbers
//                (recognizeNumber) and numbers with units (age, currency,
//                dimension, temperature)
//   rec-number   the same, its number recogniser alone (recognizeNumber)
//   compromise   nlp(text).numbers() and .quotations()
//   cmp-numbers  compromise's .numbers() alone
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import nlp from 'compromise';

const args = process.argv.slice(2);
let runs = 3, budget = 60, maxBytes = 2 * 1024 * 1024, ours = null, outPath = null;
// Recognizers-Text reads a few kilobytes a second: a megabyte would take
// half an hour, so it gets the smaller inputs only.
const peerMaxBytes = { recognizers: 120 * 1024, 'rec-number': 300 * 1024 };
const cases = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = +args[++i];
  else if (args[i] === '--ours') ours = args[++i];
  else if (args[i] === '--out') outPath = args[++i];
  else if (args[i] === '--budget') budget = +args[++i];
  else if (args[i] === '--max-bytes') maxBytes = +args[++i];
  else cases.push(args[i]);
}

const Culture = Recognizers.Culture.English;
const peers = {
  recognizers(p) {
    let n = 0;
    n += Recognizers.recognizeNumber(p, Culture).length;
    n += Recognizers.recognizeAge(p, Culture).length;
    n += Recognizers.recognizeCurrency(p, Culture).length;
    n += Recognizers.recognizeDimension(p, Culture).length;
    n += Recognizers.recognizeTemperature(p, Culture).length;
    return n;
  },
  'rec-number'(p) {
    return Recognizers.recognizeNumber(p, Culture).length;
  },
  compromise(p) {
    const doc = nlp(p);
    return doc.numbers().json().length + doc.quotations().json().length;
  },
  'cmp-numbers'(p) {
    return nlp(p).numbers().json().length;
  },
};

function paragraphs(text) {
  return text.split(/\n[ \t]*\n/).map((s) => s.trim()).filter((s) => s.length);
}

function load(p) {
  const st = fs.statSync(p);
  const files = st.isDirectory()
    ? fs.readdirSync(p).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(p, f))
    : [p];
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  return { articles: texts.length, bytes: texts.reduce((a, t) => a + Buffer.byteLength(t), 0),
    paras: texts.flatMap(paragraphs) };
}

function median(v) {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

// Warm up the JIT and the recognizers' lazily built models once.
for (const f of Object.values(peers)) f('At least 14 people were killed, about $3 million, 5 km away.');

const results = [];
const emit = (o) => {
  results.push(o);
  if (outPath) fs.appendFileSync(outPath, JSON.stringify(o) + '\n');
  else console.log(JSON.stringify(o));
};
if (outPath) fs.writeFileSync(outPath, '');

for (const c of cases) {
  const eq = c.indexOf('=');
  const name = c.slice(0, eq), p = c.slice(eq + 1);
  const input = load(p);
  for (const [peer, f] of Object.entries(peers)) {
    const out = { case: name, peer, bytes: input.bytes, articles: input.articles };
    const limit = Math.min(maxBytes, peerMaxBytes[peer] || Infinity);
    if (input.bytes > limit) {
      out.skipped = `skipped: over ${limit} bytes`;
      emit(out);
      continue;
    }
    const times = [];
    let found = 0;
    const t0 = performance.now();
    for (let r = 0; r < runs; r++) {
      const s = performance.now();
      found = 0;
      for (const para of input.paras) found += f(para);
      times.push((performance.now() - s) / 1000);
      if ((performance.now() - t0) / 1000 > budget) break;
    }
    out.runs = times.length;
    out.found = found;
    out.median_s = median(times);
    out.min_s = Math.min(...times);
    out.max_s = Math.max(...times);
    out.mb_per_s = input.bytes / 1e6 / out.median_s;
    out.articles_per_s = input.articles / out.median_s;
    emit(out);
  }
}

// Our figures beside the peers': the whole analysis (no PDF) and the
// number stage alone, on the same text.
if (ours) {
  const fb = {};
  for (const l of fs.readFileSync(ours, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const o = JSON.parse(l);
    if (o.kind === 'case') fb[o.case] = o;
  }
  const f1 = (x) => (x >= 100 ? x.toFixed(0) : x.toPrecision(3));
  console.log('\nfactbrief against the JavaScript peers (same text, MB/s, median of runs)');
  console.log('case          peer          peer MB/s  ours: analysis  x peer   numbers  x peer');
  for (const r of results) {
    const o = fb[r.case];
    if (!o || r.skipped) {
      console.log(`${r.case.padEnd(13)} ${r.peer.padEnd(13)} ${r.skipped || 'no factbrief figures'}`);
      continue;
    }
    const an = o.stages.analysis.mb_per_s, nu = o.stages.numbers.mb_per_s;
    console.log(`${r.case.padEnd(13)} ${r.peer.padEnd(13)} ${f1(r.mb_per_s).padStart(9)}  ${f1(an).padStart(14)}  ` +
      `${(an / r.mb_per_s).toFixed(0).padStart(6)}x ${f1(nu).padStart(8)}  ${(nu / r.mb_per_s).toFixed(0).padStart(6)}x`);
  }
}
