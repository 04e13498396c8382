# ---
# id: cwe20-etl-config-dataclass-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: dataclasses, tomllib
# explanation: An ETL job loads its run configuration from a TOML file into a dataclass whose __post_init__ checks every field explicitly (batch size range, worker count, retry budget, date window order), raising ValueError with a clear message instead of relying on assert, which python -O would strip.
# ---
"""Run configuration for the nightly finance ETL."""

import tomllib
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RunConfig:
    source: str
    start: date
    end: date
    batch_size: int = 1000
    workers: int = 4
    max_retries: int = 3

    def __post_init__(self):
        if self.source not in {"orders", "refunds", "payouts"}:
            raise ValueError(f"unknown source {self.source!r}")
        if self.end < self.start:
            raise ValueError("end must not be before start")
        if not 1 <= self.batch_size <= 50_000:
            raise ValueError("batch_size must be between 1 and 50000")
        if not 1 <= self.workers <= 32:
            raise ValueError("workers must be between 1 and 32")
        if not 0 <= self.max_retries <= 10:
            raise ValueError("max_retries must be between 0 and 10")


def load_config(path: str) -> RunConfig:
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)["run"]
    return RunConfig(**raw)
