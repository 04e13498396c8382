# ---
# id: cwe94-etl-transform-exec-v
# cwe: CWE-94
# vulnerable: true
# twin: none
# tags: celery, exec, etl
# explanation: In a multi-tenant ETL product, tenants define row transforms in the web UI; the Celery worker fetches the stored snippet and runs it with exec to obtain a transform function. The snippet is tenant-written Python executed inside the shared worker, giving every tenant code execution on the platform's infrastructure.
# ---
from celery import shared_task

from etl.models import Pipeline
from etl.io import read_batch, write_batch


def load_transform(pipeline: Pipeline):
    namespace: dict = {}
    exec(pipeline.transform_source, namespace)  #@vuln
    transform = namespace.get("transform")
    if not callable(transform):
        raise ValueError(f"pipeline {pipeline.pk} defines no transform()")
    return transform


@shared_task
def run_pipeline(pipeline_id: int, batch_key: str) -> int:
    pipeline = Pipeline.objects.get(pk=pipeline_id)
    transform = load_transform(pipeline)
    rows = read_batch(pipeline.source, batch_key)
    out = [transform(dict(row)) for row in rows]
    write_batch(pipeline.sink, batch_key, [r for r in out if r is not None])
    return len(out)
