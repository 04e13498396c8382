# ---
# id: cwe190-r2-voice-clip-decode-task-v
# cwe: CWE-190
# vulnerable: true
# twin: none
# tags: celery, ctypes, struct
# explanation: A Celery task decodes uploaded voice-mail clips with a native codec. The sample buffer length is computed from the clip header's duration, sample rate and channel count and stored in a ctypes c_int32, which silently truncates large products; the c_int16 array is then far smaller than the number of samples the codec writes into it.
# ---
"""Voicemail transcoding tasks."""

import ctypes
import logging
import struct

from celery import shared_task

from voicemail.storage import clip_store

logger = logging.getLogger(__name__)

CLIP_HEADER = struct.Struct("<4sIIHH")

_codec = ctypes.CDLL("libvmcodec.so")
_codec.vm_decode.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int16),
                             ctypes.c_uint32, ctypes.c_uint32, ctypes.c_uint16]
_codec.vm_decode.restype = ctypes.c_int


def parse_header(blob: bytes):
    magic, duration_ms, rate, channels, flags = CLIP_HEADER.unpack_from(blob)
    if magic != b"VMC1":
        raise ValueError("unknown clip container")
    if rate not in (8000, 16000, 22050, 44100, 48000) or channels not in (1, 2):
        raise ValueError(f"unsupported format {rate} Hz x{channels}")
    return duration_ms, rate, channels, flags


def decode_pcm(blob: bytes):
    duration_ms, rate, channels, _ = parse_header(blob)
    frames = ctypes.c_int32(duration_ms * rate * channels // 1000)  #@vuln
    pcm = (ctypes.c_int16 * max(frames.value, 0))()
    payload = blob[CLIP_HEADER.size:]
    rc = _codec.vm_decode(payload, len(payload), pcm, duration_ms, rate, channels)
    if rc < 0:
        raise RuntimeError(f"vm_decode failed: {rc}")
    return bytes(pcm), rate, channels


@shared_task(bind=True, max_retries=3, acks_late=True)
def transcode_clip(self, clip_id: str) -> dict:
    blob = clip_store.read(clip_id)
    try:
        pcm, rate, channels = decode_pcm(blob)
    except ValueError as exc:
        logger.warning("clip %s rejected: %s", clip_id, exc)
        clip_store.mark_failed(clip_id, str(exc))
        return {"clip": clip_id, "status": "rejected"}
    except RuntimeError as exc:
        raise self.retry(exc=exc, countdown=30)
    key = clip_store.write_derived(clip_id, "pcm", pcm)
    logger.info("clip %s decoded: %d bytes at %d Hz", clip_id, len(pcm), rate)
    return {"clip": clip_id, "status": "ok", "pcm": key, "rate": rate, "channels": channels}
