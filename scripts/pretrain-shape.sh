#!/usr/bin/env bash
# Pretrains another shape exactly as train-default.sh stage 1 pretrains the default base (its corpus, steps, schedule
# and seed), with the shipped tokenizer, so the two bases' validation curves compare step for step. For questions of
# model size (docs/model-selection.md); the default model does not use it. Resumes if interrupted.
#   bash scripts/pretrain-shape.sh LAYERS EMBD HEADS OUT      e.g. 4 384 6 runs/big-4x384 (a few hours on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 4 ] || { echo "usage: bash scripts/pretrain-shape.sh LAYERS EMBD HEADS OUT" >&2; exit 2; }
source scripts/corpus.sh
mapfile -t missing < <(missing_packages "${PACKAGES[@]}")
[ ${#missing[@]} -eq 0 ] || { echo "install these Debian packages first (as root): ${missing[*]}" >&2; exit 2; }
corpus_stage1
[ -f dist/cli/main.js ] || npm run build
resume=()
[ -f "$4/manifest.json" ] && resume=(--resume)
node dist/cli/main.js train pretrain --corpus "${CORPUS[@]}" --out "$4" "${resume[@]}" \
  "${PRETRAIN_SCHEDULE[@]}" --layers "$1" --embd "$2" --heads "$3" --tokenizer models/default/tokenizer.json \
  --name "cwescan-pretrained-$1x$2"
