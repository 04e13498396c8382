# ---
# id: cwe119-r2-firmware-descramble-v
# cwe: CWE-119
# vulnerable: true
# twin: cwe119-r2-firmware-descramble-f
# tags: ctypes, struct, argparse, firmware
# explanation: A firmware flashing tool descrambles update images in place with a native routine before writing them to the device. The length handed to the routine is the body length from the image header, not the size of the ctypes buffer made from the actual file contents, so a truncated or crafted image makes the routine read and write past the end of the buffer.
# ---
"""flashctl: verify and flash controller firmware images."""

import argparse
import ctypes
import hashlib
import logging
import struct
import sys

log = logging.getLogger("flashctl")

IMAGE_HEADER = struct.Struct("<4sHHI32s")
SUPPORTED_BOARDS = {0x0A01, 0x0A02, 0x0B10}

_fw = ctypes.CDLL("libfwtools.so")
_fw.fw_descramble.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint32]
_fw.fw_descramble.restype = None


class ImageError(Exception):
    pass


def load_image(path: str, board_key: int) -> bytes:
    with open(path, "rb") as fh:
        blob = fh.read()
    magic, board, version, body_len, digest = IMAGE_HEADER.unpack_from(blob)
    if magic != b"FWIM" or board not in SUPPORTED_BOARDS:
        raise ImageError(f"{path}: not an image for a supported board")
    body = blob[IMAGE_HEADER.size:]
    buf = ctypes.create_string_buffer(body, len(body))
    _fw.fw_descramble(buf, body_len, board_key)  #@vuln
    plain = buf.raw[:body_len]
    if hashlib.sha256(plain).digest() != digest:
        raise ImageError(f"{path}: digest mismatch after descrambling")
    log.info("image for board %#06x version %d, %d bytes", board, version, body_len)
    return plain


def flash(port: str, image: bytes, dry_run: bool) -> None:
    if dry_run:
        log.info("dry run: would write %d bytes to %s", len(image), port)
        return
    with open(port, "r+b", buffering=0) as dev:
        for offset in range(0, len(image), 4096):
            dev.write(image[offset:offset + 4096])
    log.info("wrote %d bytes to %s", len(image), port)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="flashctl")
    parser.add_argument("image")
    parser.add_argument("--port", default="/dev/ttyACM0")
    parser.add_argument("--board-key", type=lambda s: int(s, 0), required=True)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    try:
        flash(args.port, load_image(args.image, args.board_key), args.dry_run)
    except ImageError as exc:
        log.error("%s", exc)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
