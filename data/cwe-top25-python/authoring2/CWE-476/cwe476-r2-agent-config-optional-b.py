# ---
# id: cwe476-r2-agent-config-optional-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: configparser, os, shutil, dataclasses
# explanation: A backup agent's config loader combines an INI file, environment variables and tools found on PATH. Every lookup that can return None (os.environ.get, configparser get with fallback, shutil.which, re.fullmatch) is either given a default or checked before its value is used, and a missing required tool raises a clear configuration error.
# ---
"""Configuration loading for the backup agent."""

from __future__ import annotations

import configparser
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

SIZE_RE = re.compile(r"(\d+)\s*([kmg]?)b?", re.I)
UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class AgentConfig:
    repository: str
    tar: str
    zstd: Optional[str]
    chunk_bytes: int
    hostname: str
    paths: tuple[str, ...]


def parse_size(text: str) -> int:
    m = SIZE_RE.fullmatch(text.strip())
    if m is None:
        raise ConfigError(f"cannot parse size {text!r}")
    return int(m.group(1)) * UNITS[m.group(2).lower()]


def load(path: Path) -> AgentConfig:
    parser = configparser.ConfigParser()
    if not parser.read(path):
        raise ConfigError(f"config file {path} not found")
    section = parser["agent"] if parser.has_section("agent") else parser[parser.default_section]
    repository = os.environ.get("BACKUP_REPOSITORY") or section.get("repository", fallback=None)
    if not repository:
        raise ConfigError("set BACKUP_REPOSITORY or agent.repository")
    tar = shutil.which("tar")
    if tar is None:
        raise ConfigError("tar was not found on PATH")
    paths = tuple(p.strip() for p in section.get("paths", fallback="/etc").split(",") if p.strip())
    return AgentConfig(
        repository=repository,
        tar=tar,
        zstd=shutil.which("zstd"),
        chunk_bytes=parse_size(section.get("chunk_size", fallback="64m")),
        hostname=os.environ.get("BACKUP_HOSTNAME", os.uname().nodename),
        paths=paths,
    )


def compression_args(cfg: AgentConfig) -> list[str]:
    if cfg.zstd:
        return ["--use-compress-program", f"{cfg.zstd} -T0 -3"]
    return ["--gzip"]
