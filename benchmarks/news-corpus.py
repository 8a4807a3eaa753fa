#!/usr/bin/env python3
"""Writes a large JSON-lines corpus of news for throughput runs: the project's sample articles, the articles of
corpus/events and corpus/events-heldout (with their publication date where the gold gives it, else none, so that
the tagger infers it) and the shared reference article when it is beside the repository, drawn at random until
the size is reached. Each line is {"id", "text", "dct", "lang"}, the input of `timeline tag --jsonl`."""
import argparse, glob, json, os, random, sys

parser = argparse.ArgumentParser()
parser.add_argument("--megabytes", type=float, default=9.0)
parser.add_argument("--seed", type=int, default=7)
args = parser.parse_args()

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
articles = []
for path in sorted(glob.glob(os.path.join(root, "samples", "articles", "*.json"))):
    a = json.load(open(path, encoding="utf-8"))
    articles.append((a["text"], a.get("publishedAt"), a.get("language")))
for folder in ("events", "events-heldout"):
    for path in sorted(glob.glob(os.path.join(root, "corpus", folder, "*.txt"))):
        lang = path.rsplit(".", 2)[-2]
        gold = json.load(open(path[:-len(".txt")] + ".gold.json", encoding="utf-8"))
        dct = gold.get("documentCreationTime") or {}
        articles.append((open(path, encoding="utf-8").read(), dct.get("value") if dct.get("given") else None, lang))
reference = os.path.join(root, "..", "shared", "corpus", "seed", "nato-russia-council-2022-01-12.de.txt")
if os.path.exists(reference):
    articles.append((open(reference, encoding="utf-8").read(), None, "de"))

random.seed(args.seed)
limit, size, number = int(args.megabytes * 1_000_000), 0, 0
out = sys.stdout
while size < limit:
    text, dct, lang = random.choice(articles)
    line = json.dumps({"id": number, "text": text, "dct": dct, "lang": lang}, ensure_ascii=False)
    out.write(line + "\n")
    size += len(line.encode("utf-8")) + 1
    number += 1
print(f"{number} documents, {size} bytes", file=sys.stderr)
