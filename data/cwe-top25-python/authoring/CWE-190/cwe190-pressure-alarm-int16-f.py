# ---
# id: cwe190-pressure-alarm-int16-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-pressure-alarm-int16-v
# tags: numpy, modbus
# explanation: Readings are now widened to int32 before scaling, so the largest possible register value times 10 fits and over-pressure readings stay positive and trip the alarm.
# ---
"""Pipeline pressure monitoring over Modbus."""

import numpy as np

ALARM_CENTIBAR = 25_000


def to_centibar(registers: np.ndarray) -> np.ndarray:
    return registers.astype(np.int32) * 10


def over_pressure(registers: np.ndarray) -> np.ndarray:
    return np.flatnonzero(to_centibar(registers) > ALARM_CENTIBAR)


def poll(client, alarm, unit: int = 1, count: int = 32) -> None:
    rr = client.read_input_registers(0, count, slave=unit)
    if rr.isError():
        alarm.raise_fault(f"modbus read failed on unit {unit}")
        return
    regs = np.array(rr.registers, dtype=np.uint16).view(np.int16)
    for sensor in over_pressure(regs):
        alarm.trip(sensor=int(sensor), reading=int(regs[sensor]))
