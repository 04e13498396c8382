# ---
# id: cwe787-cffi-adc-fill-f
# cwe: CWE-787
# vulnerable: false
# twin: cwe787-cffi-adc-fill-v
# tags: cffi, yaml
# explanation: acquire() now caps the sample count passed to the driver at BUF_SAMPLES, the capacity of the bytearray, so the driver cannot be told to write more samples than the buffer holds.
# ---
import yaml
from cffi import FFI

ffi = FFI()
ffi.cdef("int adc_read(int channel, uint16_t *out, size_t count);")
adc = ffi.dlopen("libadc.so")

BUF_SAMPLES = 1024


def acquire(channel: int, count: int) -> bytearray:
    buf = bytearray(BUF_SAMPLES * 2)
    out = ffi.cast("uint16_t *", ffi.from_buffer(buf))
    got = adc.adc_read(channel, out, min(count, BUF_SAMPLES))
    if got < 0:
        raise IOError(f"adc_read failed on channel {channel}")
    return buf[: got * 2]


def run_experiment(config_path: str) -> dict:
    with open(config_path) as fh:
        cfg = yaml.safe_load(fh)
    return {ch: acquire(ch, int(cfg.get("samples", BUF_SAMPLES))) for ch in cfg["channels"]}
