# ---
# id: cwe502-yaml-schema-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: yaml, dataclasses, click
# explanation: A deployment CLI reads user-written YAML manifests with yaml.safe_load and then builds its own dataclasses from the resulting dicts. safe_load refuses python/* tags, so a manifest can only supply plain values.
# ---
from dataclasses import dataclass

import click
import yaml


@dataclass
class Service:
    name: str
    image: str
    replicas: int = 1


def load_manifest(path: str) -> list[Service]:
    with open(path, encoding="utf-8") as fh:
        doc = yaml.safe_load(fh) or {}
    services = []
    for name, spec in doc.get("services", {}).items():
        services.append(Service(name=name, image=str(spec["image"]), replicas=int(spec.get("replicas", 1))))
    return services


@click.command()
@click.argument("manifest", type=click.Path(exists=True))
def plan(manifest):
    for svc in load_manifest(manifest):
        click.echo(f"{svc.name}: {svc.replicas} x {svc.image}")


if __name__ == "__main__":
    plan()
