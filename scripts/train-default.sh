#!/usr/bin/env bash
# Rebuilds the default model from scratch on one machine: corpus -> pretrain -> fine-tune -> evaluate -> ship.
#   npm run train:default            (RUN_DIR=runs/default by default; every stage resumes if interrupted)
# Stages write into $RUN_DIR; only the last one replaces models/default (atomically, via a temp dir and rename).
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_DIR=${RUN_DIR:-runs/default}
CLI="node dist/cli/main.js"
mkdir -p "$RUN_DIR"

# The corpus: the Python standard library of the machine's python3 (its site-packages excluded: that is this
# image's own installs, not part of Python) plus these Debian packages of real projects.
PACKAGES=(python3-django python3-flask python3-werkzeug python3-jinja2 python3-sqlalchemy python3-requests
  python3-tornado python3-twisted python3-paramiko python3-fastapi python3-starlette python3-pydantic
  python3-djangorestframework python3-aiohttp python3-celery python3-numpy python3-yaml python3-jwt python3-psycopg2
  python3-cffi)
MODULES=(django flask werkzeug jinja2 sqlalchemy requests tornado twisted paramiko fastapi starlette pydantic
  rest_framework aiohttp celery numpy yaml jwt psycopg2 cffi)
missing=()
for p in "${PACKAGES[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "install these Debian packages first (as root): ${missing[*]}" >&2
    exit 2
  fi
fi
STDLIB=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
DIST=/usr/lib/python3/dist-packages
CORPUS=()
for f in "$STDLIB"/*; do case "$(basename "$f")" in site-packages|__pycache__) ;; *) CORPUS+=("$f") ;; esac; done
for m in "${MODULES[@]}"; do CORPUS+=("$DIST/$m"); done
{
  echo "python3 $(python3 -c 'import platform; print(platform.python_version())') stdlib at $STDLIB (site-packages excluded)"
  dpkg-query -W -f='${Package} ${Version}\n' "${PACKAGES[@]}"
} > "$RUN_DIR/corpus.txt"

[ -f dist/cli/main.js ] || npm run build
stage() { echo "== $1 ($(date -u +%H:%M:%S))"; }
timed() { local name=$1; shift; local t0; t0=$(date +%s); "$@"; echo "$name $(( $(date +%s) - t0 ))" >> "$RUN_DIR/timings.txt"; }

# 1. Pretraining: 4 layers, d 256, 4 heads, context 512, 4,900 steps of 8 x 512 tokens = 20.07M training tokens.
stage pretrain
resume=()
[ -f "$RUN_DIR/pretrained/manifest.json" ] && resume=(--resume)
timed pretrain $CLI train pretrain --corpus "${CORPUS[@]}" --out "$RUN_DIR/pretrained" "${resume[@]}" \
  --context 512 --layers 4 --embd 256 --heads 4 --steps "${PRETRAIN_STEPS:-4900}" --batch-size 8 --warmup 200 \
  --eval-every 250 --checkpoint-every 100 --log-every 10 --seed 1 --name cwescan-pretrained-v1

# 2. Instruction fine-tuning on the train split; the validation split picks the epoch (early stopping). No class
# balancing: real code is almost all "none", and balanced sampling makes the model flag far more of it.
# (finetune refuses an existing --out, so a re-run starts this stage afresh.)
stage finetune
rm -rf "$RUN_DIR/finetuned"
timed finetune $CLI train finetune --base "$RUN_DIR/pretrained" --data data/cwe-top25-python/splits/train.jsonl \
  --val data/cwe-top25-python/splits/val.jsonl --out "$RUN_DIR/finetuned" \
  --epochs "${FINETUNE_EPOCHS:-8}" --patience 3 --seed 1 --name cwescan-default-v1

# 3. One evaluation on the test split, against the untuned checkpoint, the classical baseline and Bandit.
stage eval
timed eval $CLI eval --model "$RUN_DIR/finetuned" --baseline "$RUN_DIR/pretrained" \
  --data data/cwe-top25-python/splits/test.jsonl --out "$RUN_DIR/eval" --json > "$RUN_DIR/eval.json" || true

# 4. Ship: replace models/default atomically, keeping its README/MODEL_CARD.
stage ship
tmp=$(mktemp -d models/.default-XXXXXX)
cp "$RUN_DIR"/finetuned/{config.json,model.safetensors,tokenizer.json,manifest.json} "$tmp/"
cp models/default/MODEL_CARD.md "$tmp/" 2>/dev/null || true
cp "$RUN_DIR/corpus.txt" "$RUN_DIR/timings.txt" "$tmp/" 2>/dev/null || true
rm -rf models/.default-old && { [ -d models/default ] && mv models/default models/.default-old || true; }
mv "$tmp" models/default && rm -rf models/.default-old
echo "shipped models/default; evaluation in $RUN_DIR/eval (report.md, report.html, metrics.json)"
