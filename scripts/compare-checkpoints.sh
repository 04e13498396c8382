#!/usr/bin/env bash
# Everything the model card's questions compare checkpoints by, for each checkpoint given, one row each:
# validation label loss, ROC AUC, F1, recall and false-positive rate (scripts/val-score.mjs); decisions changed on the
# validation split by each rewrite and by all of them in a row (`cwescan eval --robustness`); and findings per 1,000
# lines of the selection set (scripts/selection-rate.sh). Usage (after `npm run build`):
#   bash scripts/compare-checkpoints.sh <checkpoint>... [-- <out-dir>]
# DIST=<dir> reads the code from another build (a frozen copy, so a rebuild cannot change a running comparison);
# VAL=<jsonl> scores another labelled file than the validation split (e.g. one round of it, grep -- -r9-).
# Takes a few minutes per checkpoint on 2 cores; keeps every report under out-dir (default: a temporary directory).
set -euo pipefail
cd "$(dirname "$0")/.."
models=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do models+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
OUT=${1:-$(mktemp -d)}
[ ${#models[@]} -gt 0 ] || { echo "usage: bash scripts/compare-checkpoints.sh <checkpoint>... [-- <out-dir>]" >&2; exit 2; }
DIST=${DIST:-dist}
export DIST
VAL=${VAL:-data/cwe-top25-python/splits/val.jsonl}
mkdir -p "$OUT"
for m in "${models[@]}"; do
  tag=$(echo "$m" | tr '/' '_')
  node scripts/val-score.mjs "$m" "$VAL" > "$OUT/$tag.val.json"
  node "$DIST/cli/main.js" eval --model "$m" --data "$VAL" --robustness --no-classical --no-bandit \
    --out "$OUT/$tag.robustness" > /dev/null
  bash scripts/selection-rate.sh "$m" "$OUT/$tag.selection" > "$OUT/$tag.selection.txt"
done
node -e '
  const fs = require("fs");
  const [out, ...models] = process.argv.slice(1);
  const rows = models.map((m) => {
    const tag = m.replace(/\//g, "_");
    const v = JSON.parse(fs.readFileSync(`${out}/${tag}.val.json`, "utf8"));
    const r = JSON.parse(fs.readFileSync(`${out}/${tag}.robustness/metrics.json`, "utf8")).robustness;
    const sel = fs.readFileSync(`${out}/${tag}.selection.txt`, "utf8").trim().split("\n").pop().split("\t");
    return { m, v, r, sel };
  });
  const kinds = rows[0].r.map((x) => x.rewrite);
  console.log(["checkpoint", "label loss", "ROC AUC", "F1", "recall", "FPR", ...kinds.map((k) => `${k} changed`), "selection findings", "per 1,000 lines"].join("\t"));
  for (const { m, v, r, sel } of rows) {
    const changed = kinds.map((k) => r.find((x) => x.rewrite === k)?.decisions_changed ?? "");
    console.log([m, v.label_loss, v.roc_auc, v.f1, v.recall, v.fpr, ...changed, sel[2].split(" ")[0], sel[3].split(" ")[0]].join("\t"));
  }
' "$OUT" "${models[@]}"
echo "reports: $OUT" >&2
