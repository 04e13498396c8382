# ---
# id: cwe502-ci-unsafe-load-f
# cwe: CWE-502
# vulnerable: false
# twin: cwe502-ci-unsafe-load-v
# tags: yaml, ci, argparse
# explanation: The orchestrator now parses the pull request's .ci.yml with yaml.safe_load, so the file can only describe plain data; the JobSpec objects are built by the orchestrator's own code from those values.
# ---
import argparse
from pathlib import Path

import yaml


class JobSpec:
    def __init__(self, name, image, script):
        self.name, self.image, self.script = name, image, list(script)


def read_jobs(checkout: Path) -> list:
    config_file = checkout / ".ci.yml"
    with config_file.open(encoding="utf-8") as fh:
        config = yaml.safe_load(fh)
    jobs = []
    for name, spec in (config.get("jobs") or {}).items():
        jobs.append(JobSpec(name, spec.get("image", "python:3.11-slim"), spec.get("script", [])))
    return jobs


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("checkout", type=Path)
    for job in read_jobs(ap.parse_args().checkout):
        print(f"{job.name}: {job.image} ({len(job.script)} commands)")
