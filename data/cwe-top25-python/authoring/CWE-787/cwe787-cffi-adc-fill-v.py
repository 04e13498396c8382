# ---
# id: cwe787-cffi-adc-fill-v
# cwe: CWE-787
# vulnerable: true
# twin: cwe787-cffi-adc-fill-f
# tags: cffi, yaml
# explanation: A lab acquisition script allocates a bytearray for 1024 16-bit ADC samples and lets the C driver fill it through ffi.from_buffer. The sample count passed to adc_read comes from the experiment YAML, so a config asking for 4096 samples makes the driver write 8 KB into a 2 KB buffer.
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
    got = adc.adc_read(channel, out, count)  #@vuln
    if got < 0:
        raise IOError(f"adc_read failed on channel {channel}")
    return buf[: got * 2]


def run_experiment(config_path: str) -> dict:
    with open(config_path) as fh:
        cfg = yaml.safe_load(fh)
    return {ch: acquire(ch, int(cfg.get("samples", BUF_SAMPLES))) for ch in cfg["channels"]}
