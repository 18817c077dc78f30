// peers.mjs - times the JavaScript peers of factbrief's number and
// quotation stages on the same inputs as bench/fb-bench, for bench/run.sh.
//
// usage: node peers.mjs [--runs N] [--budget SECONDS] [--max-bytes N] CASE...
// where CASE is NAME=PATH (a file, or a folder of *.txt articles).
// Prints one JSON object per (case, peer) on standard output.
//
// Peers, each fed one paragraph at a time (blank-line blocks), as a user
// would call them:
//   recognizers  @microsoft/recognizers-text-suite, English: numbers
//                (recognizeNumber) and numbers with units (age, currency,
//                dimension, temperature)
//   compromise   nlp(text).numbers() and .quotations()
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import nlp from 'compromise';

const args = process.argv.slice(2);
let runs = 3, budget = 60, maxBytes = 2 * 1024 * 1024;
const cases = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = +args[++i];
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
  compromise(p) {
    const doc = nlp(p);
    return doc.numbers().json().length + doc.quotations().json().length;
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

for (const c of cases) {
  const eq = c.indexOf('=');
  const name = c.slice(0, eq), p = c.slice(eq + 1);
  const input = load(p);
  for (const [peer, f] of Object.entries(peers)) {
    const out = { case: name, peer, bytes: input.bytes, articles: input.articles };
    if (input.bytes > maxBytes) {
      out.skipped = `over --max-bytes ${maxBytes}`;
      console.log(JSON.stringify(out));
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
    console.log(JSON.stringify(out));
  }
}
