// The baseline for tagger throughput: chrono-node's German (or English) parser over the same JSON lines,
// one output line per input, like `timeline tag --jsonl`.
import { createInterface } from "node:readline";
import * as chrono from "chrono-node";

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
for await (const line of lines) {
  if (!line) continue;
  const doc = JSON.parse(line);
  const reference = doc.dct ? new Date(`${doc.dct}T12:00:00Z`) : new Date();
  const parser = doc.lang === "en" ? chrono.en : chrono.de;
  const found = parser.parse(doc.text, reference);
  out.push(JSON.stringify({ id: doc.id, timexes: found.map((r) => ({ start: r.index, end: r.index + r.text.length, text: r.text })) }));
  if (out.length >= 256) { process.stdout.write(out.join("\n") + "\n"); out.length = 0; }
}
if (out.length) process.stdout.write(out.join("\n") + "\n");
