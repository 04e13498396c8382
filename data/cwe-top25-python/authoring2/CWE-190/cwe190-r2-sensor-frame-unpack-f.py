# ---
# id: cwe190-r2-sensor-frame-unpack-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-r2-sensor-frame-unpack-v
# tags: asyncio, ctypes, numpy, struct
# explanation: The fixed gateway computes the output size with Python integers, which cannot wrap, and rejects frames whose decoded size exceeds a fixed per-frame limit before allocating, so the ctypes buffer always matches what the native DSP routine writes.
# ---
"""Sensor batch ingestion for the field gateway."""

import asyncio
import ctypes
import logging
import struct

import numpy as np

log = logging.getLogger("gateway.ingest")

FRAME_HEADER = struct.Struct("!4sIIH")
MAGIC = b"SNSR"
MAX_SAMPLE_BYTES = 64 * 1024 * 1024

_dsp = ctypes.CDLL("libfielddsp.so")
_dsp.dsp_unpack.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint16]
_dsp.dsp_unpack.restype = ctypes.c_int


class FrameError(Exception):
    pass


def unpack_samples(payload: bytes, count: int, channels: int) -> np.ndarray:
    total = count * channels * 4
    if total > MAX_SAMPLE_BYTES:
        raise FrameError(f"frame of {total} bytes is too large")
    out = ctypes.create_string_buffer(int(total))
    rc = _dsp.dsp_unpack(payload, len(payload), out, count, channels)
    if rc != 0:
        raise FrameError(f"dsp_unpack returned {rc}")
    return np.frombuffer(out.raw, dtype="<f4").reshape(-1, channels)


async def handle_device(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, sink: asyncio.Queue) -> None:
    peer = writer.get_extra_info("peername")
    log.info("device connected from %s", peer)
    try:
        while True:
            header = await reader.readexactly(FRAME_HEADER.size)
            magic, body_len, count, channels = FRAME_HEADER.unpack(header)
            if magic != MAGIC or channels == 0:
                raise FrameError("bad frame header")
            payload = await reader.readexactly(body_len)
            samples = unpack_samples(payload, count, channels)
            await sink.put((peer, samples))
    except asyncio.IncompleteReadError:
        log.info("device %s closed the stream", peer)
    except FrameError as exc:
        log.warning("dropping %s: %s", peer, exc)
    finally:
        writer.close()
        await writer.wait_closed()


async def serve(host: str, port: int, sink: asyncio.Queue) -> None:
    server = await asyncio.start_server(lambda r, w: handle_device(r, w, sink), host, port)
    async with server:
        await server.serve_forever()
