# ---
# id: cwe502-ci-unsafe-load-v
# cwe: CWE-502
# vulnerable: true
# twin: cwe502-ci-unsafe-load-f
# tags: yaml, ci, argparse
# explanation: A CI orchestrator reads the .ci.yml file from the checked-out pull request branch with yaml.unsafe_load. Anyone who opens a pull request controls that file, so a python/object tag runs code on the orchestrator itself, outside the sandboxed job containers.
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
        config = yaml.unsafe_load(fh)  #@vuln
    jobs = []
    for name, spec in (config.get("jobs") or {}).items():
        jobs.append(JobSpec(name, spec.get("image", "python:3.11-slim"), spec.get("script", [])))
    return jobs


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("checkout", type=Path)
    for job in read_jobs(ap.parse_args().checkout):
        print(f"{job.name}: {job.image} ({len(job.script)} commands)")
