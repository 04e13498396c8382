# ---
# id: cwe190-pressure-alarm-int16-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-pressure-alarm-int16-f
# tags: numpy, modbus
# explanation: A pipeline monitor converts raw pressure registers (int16, tenths of a bar) to hundredths by multiplying by 10 in int16 numpy arithmetic before comparing with the alarm limit. Readings above 327.6 bar wrap to negative values, so a genuine over-pressure reading is compared as a low number and the alarm never fires.
# ---
"""Pipeline pressure monitoring over Modbus."""

import numpy as np

ALARM_CENTIBAR = 25_000


def to_centibar(registers: np.ndarray) -> np.ndarray:
    return registers.astype(np.int16) * np.int16(10)  #@vuln


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
