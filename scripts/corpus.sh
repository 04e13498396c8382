# The default model's pretraining corpus (and stage 1's schedule), sourced by train-default.sh (stage 1) and pretrain-more.sh (stage 1's
# corpus plus more projects), so the two cannot drift apart. Not run on its own.
# Stage 1: the Python standard library of the machine's python3 (its site-packages excluded: that is this image's own
# installs, not part of Python) plus these Debian packages of real projects.
PACKAGES=(python3-django python3-flask python3-werkzeug python3-jinja2 python3-sqlalchemy python3-requests
  python3-tornado python3-twisted python3-paramiko python3-fastapi python3-starlette python3-pydantic
  python3-djangorestframework python3-aiohttp python3-celery python3-numpy python3-yaml python3-jwt python3-psycopg2
  python3-cffi)
MODULES=(django flask werkzeug jinja2 sqlalchemy requests tornado twisted paramiko fastapi starlette pydantic
  rest_framework aiohttp celery numpy yaml jwt psycopg2 cffi)
# Continued pretraining adds these projects; nova and keystone without their test suites.
MORE_PACKAGES=(ansible-core python3-nova python3-keystone python3-buildbot python3-scrapy python3-pyramid python3-bottle
  python3-cherrypy3 python3-falcon python3-django-allauth python3-social-auth-core python3-alembic python3-peewee
  python3-httpx python3-redis python3-pymongo python3-ldap3 python3-wtforms python3-marshmallow python3-gunicorn
  python3-boto3 python3-flask-sqlalchemy python3-django-filters)
MORE_MODULES=(ansible buildbot scrapy pyramid bottle.py cherrypy falcon allauth social_core alembic peewee.py playhouse
  httpx redis pymongo ldap3 wtforms marshmallow gunicorn boto3 flask_sqlalchemy django_filters)
# Debian's python3-* packages (PYDIST: DIST names a cwescan build in the other scripts).
PYDIST=/usr/lib/python3/dist-packages
# Stage 1's pretraining schedule (train-default.sh), shared with pretrain-shape.sh so that another shape's curve
# compares with the default base's step for step. PRETRAIN_STEPS changes the length.
PRETRAIN_SCHEDULE=(--context 512 --steps "${PRETRAIN_STEPS:-4900}" --batch-size 8 --warmup 200 --eval-every 250
  --checkpoint-every 100 --log-every 10 --seed 1)

# Prints the packages of its arguments that are not installed.
missing_packages() {
  local p
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || echo "$p"; done
}

# Sets STDLIB and CORPUS to stage 1's corpus.
corpus_stage1() {
  local f m
  STDLIB=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
  CORPUS=()
  for f in "$STDLIB"/*; do case "$(basename "$f")" in site-packages|__pycache__) ;; *) CORPUS+=("$f") ;; esac; done
  for m in "${MODULES[@]}"; do CORPUS+=("$PYDIST/$m"); done
}

# Sets STDLIB and CORPUS to stage 1's corpus plus MORE_MODULES and nova and keystone without their tests.
corpus_more() {
  local m p f
  corpus_stage1
  for m in "${MORE_MODULES[@]}"; do CORPUS+=("$PYDIST/$m"); done
  for p in nova keystone; do for f in "$PYDIST/$p"/*; do [ "$(basename "$f")" = tests ] || CORPUS+=("$f"); done; done
}
