# ---
# id: cwe502-pickle-roundtrip-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: pickle, multiprocessing
# explanation: A simulation tool uses pickle.loads(pickle.dumps(...)) to deep-copy its own configuration objects before handing them to worker processes, and checks that each is picklable. The bytes being unpickled were produced in the same process from in-memory objects, so no outside data is deserialized.
# ---
import pickle
from dataclasses import dataclass, field
from multiprocessing import Pool


@dataclass
class SimConfig:
    seed: int
    steps: int = 10_000
    params: dict = field(default_factory=dict)


def clone(config: SimConfig) -> SimConfig:
    return pickle.loads(pickle.dumps(config))


def run_one(config: SimConfig) -> float:
    import random

    rng = random.Random(config.seed)
    return sum(rng.gauss(config.params.get("mu", 0.0), 1.0) for _ in range(config.steps)) / config.steps


def sweep(base: SimConfig, seeds: list[int]) -> list[float]:
    configs = []
    for seed in seeds:
        cfg = clone(base)
        cfg.seed = seed
        configs.append(cfg)
    with Pool() as pool:
        return pool.map(run_one, configs)
