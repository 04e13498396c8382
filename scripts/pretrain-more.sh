#!/usr/bin/env bash
# Continued pretraining of the default model's stage-1 checkpoint ($RUN_DIR/pretrained, from train-default.sh) into
# $RUN_DIR/pretrained2: 3,000 more steps over the stage-1 corpus plus 22 more Debian packages of real projects (nova
# and keystone without their test suites). The seventh session's candidate base (models/default/MODEL_CARD.md);
# it did not win, so train-default.sh does not use it. Resumes if interrupted. STEPS=n changes the length.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_DIR=${RUN_DIR:-runs/default}
[ -f "$RUN_DIR/pretrained/manifest.json" ] || { echo "run scripts/train-default.sh first (needs $RUN_DIR/pretrained)" >&2; exit 2; }
MORE_PACKAGES=(ansible-core python3-nova python3-keystone python3-buildbot python3-scrapy python3-pyramid python3-bottle
  python3-cherrypy3 python3-falcon python3-django-allauth python3-social-auth-core python3-alembic python3-peewee
  python3-httpx python3-redis python3-pymongo python3-ldap3 python3-wtforms python3-marshmallow python3-gunicorn
  python3-boto3 python3-flask-sqlalchemy python3-django-filters)
missing=()
for p in "${MORE_PACKAGES[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] || { echo "install these Debian packages first (as root): ${missing[*]}" >&2; exit 2; }
STDLIB=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
DIST=/usr/lib/python3/dist-packages
C=()
for f in "$STDLIB"/*; do case "$(basename "$f")" in site-packages|__pycache__) ;; *) C+=("$f") ;; esac; done
for m in django flask werkzeug jinja2 sqlalchemy requests tornado twisted paramiko fastapi starlette pydantic \
  rest_framework aiohttp celery numpy yaml jwt psycopg2 cffi \
  ansible buildbot scrapy pyramid bottle.py cherrypy falcon allauth social_core alembic peewee.py playhouse httpx redis \
  pymongo ldap3 wtforms marshmallow gunicorn boto3 flask_sqlalchemy django_filters; do C+=("$DIST/$m"); done
for p in nova keystone; do for f in "$DIST/$p"/*; do [ "$(basename "$f")" = tests ] || C+=("$f"); done; done
dpkg-query -W -f='${Package} ${Version}\n' "${MORE_PACKAGES[@]}" > "$RUN_DIR/corpus-more.txt"
[ -f dist/cli/main.js ] || npm run build
resume=()
[ -f "$RUN_DIR/pretrained2/manifest.json" ] && resume=(--resume)
# Seed 1 as in stage 1: the validation split is by content hash, so stage 1's validation files stay validation files.
node dist/cli/main.js train pretrain --corpus "${C[@]}" --out "$RUN_DIR/pretrained2" --init "$RUN_DIR/pretrained" \
  "${resume[@]}" --steps "${STEPS:-3000}" --batch-size 8 --lr 3e-4 --min-lr 3e-5 --warmup 100 --eval-every 250 \
  --checkpoint-every 100 --log-every 10 --seed 1 --threads 2 --name cwescan-pretrained-v2
