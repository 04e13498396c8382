# ---
# id: cwe125-sensor-snapshot-raw-b
# cwe: CWE-125
# vulnerable: false
# twin: none
# tags: ctypes, json
# explanation: A gateway snapshots a ctypes array of sensor structs and serializes the readings for a dashboard. It iterates the Array object itself (which is bounds-checked and knows its length) and reads the raw bytes with .raw / bytes(), so no read can leave the array.
# ---
import ctypes
import json
import time


class Reading(ctypes.Structure):
    _fields_ = [("sensor_id", ctypes.c_uint16), ("kind", ctypes.c_uint8), ("value", ctypes.c_float)]


SENSORS = 24
ReadingTable = Reading * SENSORS
hub = ctypes.CDLL("libsensorhub.so")
hub.hub_snapshot.argtypes = [ctypes.POINTER(Reading), ctypes.c_size_t]


def snapshot() -> ReadingTable:
    table = ReadingTable()
    hub.hub_snapshot(table, len(table))
    return table


def to_json(table: ReadingTable) -> str:
    rows = [{"id": r.sensor_id, "kind": r.kind, "value": round(r.value, 3)} for r in table if r.sensor_id]
    return json.dumps({"ts": time.time(), "raw_len": len(bytes(table)), "readings": rows})
