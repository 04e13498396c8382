#!/usr/bin/env bash
# Findings per 1,000 lines of a checkpoint on the selection set: six standard-library trees that no fine-tuning
# example, real negative or clean-code table row comes from, used by the model card's questions to bound how much a
# candidate flags in clean real code (the clean-code table itself is measured only after a model ships). Usage:
#   bash scripts/selection-rate.sh <checkpoint> [out-dir]     (DIST=<dir> reads the code from another build;
#   THRESHOLD=<p> flags at P(vulnerable) >= p instead of 0.5)
# Prints one line per tree and the total; keeps each tree's `cwescan eval --clean --json` in out-dir.
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL=${1:?usage: bash scripts/selection-rate.sh <checkpoint> [out-dir]}
OUT=${2:-$(mktemp -d)}
DIST=${DIST:-dist}
THRESHOLD=${THRESHOLD:-0.5}
STDLIB=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
mkdir -p "$OUT"
for tree in asyncio json xml wsgiref sqlite3 multiprocessing; do
  node "$DIST/cli/main.js" eval --clean "$STDLIB/$tree" --model "$MODEL" --json --no-bandit --threshold "$THRESHOLD" > "$OUT/$tree.json"
done
node -e '
  const fs = require("fs"); const out = process.argv[1]; let lines = 0, findings = 0;
  for (const f of fs.readdirSync(out).filter((f) => f.endsWith(".json")).sort()) {
    const d = JSON.parse(fs.readFileSync(`${out}/${f}`, "utf8"));
    lines += d.lines; findings += d.findings;
    console.log(`${f.replace(/\.json$/, "")}\t${d.lines} lines\t${d.findings} findings`);
  }
  console.log(`selection set\t${lines} lines\t${findings} findings\t${(findings * 1000 / lines).toFixed(2)} per 1,000 lines`);
' "$OUT"
