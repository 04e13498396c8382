#!/usr/bin/env bash
# Continued pretraining of the default model's stage-1 checkpoint ($RUN_DIR/pretrained, from train-default.sh) into
# $RUN_DIR/pretrained2: 3,000 more steps over the stage-1 corpus plus MORE_PACKAGES (scripts/corpus.sh). The seventh
# session's candidate base (models/default/MODEL_CARD.md); it did not win, so train-default.sh does not use it.
# Resumes if interrupted. STEPS=n changes the length.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_DIR=${RUN_DIR:-runs/default}
[ -f "$RUN_DIR/pretrained/manifest.json" ] || { echo "run scripts/train-default.sh first (needs $RUN_DIR/pretrained)" >&2; exit 2; }
source scripts/corpus.sh
mapfile -t missing < <(missing_packages "${MORE_PACKAGES[@]}")
[ ${#missing[@]} -eq 0 ] || { echo "install these Debian packages first (as root): ${missing[*]}" >&2; exit 2; }
corpus_more
dpkg-query -W -f='${Package} ${Version}\n' "${MORE_PACKAGES[@]}" > "$RUN_DIR/corpus-more.txt"
[ -f dist/cli/main.js ] || npm run build
resume=()
[ -f "$RUN_DIR/pretrained2/manifest.json" ] && resume=(--resume)
# Seed 1 as in stage 1: the validation split is by content hash, so stage 1's validation files stay validation files.
node dist/cli/main.js train pretrain --corpus "${CORPUS[@]}" --out "$RUN_DIR/pretrained2" --init "$RUN_DIR/pretrained" \
  "${resume[@]}" --steps "${STEPS:-3000}" --batch-size 8 --lr 3e-4 --min-lr 3e-5 --warmup 100 --eval-every 250 \
  --checkpoint-every 100 --log-every 10 --seed 1 --threads 2 --name cwescan-pretrained-v2
