# ---
# id: cwe190-r2-grid-decode-cli-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-r2-grid-decode-cli-f
# tags: click, numpy, ctypes
# explanation: A Click command converts gridded forecast files to NetCDF-like arrays. The grid dimensions nx and ny are read from the file header as numpy int32 scalars and multiplied in int32, so large dimensions wrap to a small point count; the output array is sized from the wrapped value while the native decoder fills nx*ny floats, writing past the array.
# ---
"""grid2arr: convert packed forecast grids into numpy arrays."""

import ctypes
import logging
import pathlib

import click
import numpy as np

log = logging.getLogger(__name__)

HEADER_DTYPE = np.dtype([("magic", "S4"), ("version", "<u2"), ("nx", "<i4"), ("ny", "<i4"), ("scale", "<f4")])

_codec = ctypes.CDLL("libgridpack.so")
_codec.grid_decode.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
_codec.grid_decode.restype = ctypes.c_int


def read_header(raw: bytes):
    hdr = np.frombuffer(raw, dtype=HEADER_DTYPE, count=1)[0]
    if hdr["magic"] != b"GRD1":
        raise click.ClickException("not a packed grid file")
    if hdr["nx"] <= 0 or hdr["ny"] <= 0:
        raise click.ClickException("grid has no points")
    return hdr


def decode_grid(raw: bytes) -> np.ndarray:
    hdr = read_header(raw)
    npoints = hdr["nx"] * hdr["ny"]  #@vuln
    body = raw[HEADER_DTYPE.itemsize:]
    out = np.empty(int(npoints), dtype=np.float32)
    rc = _codec.grid_decode(body, len(body), out.ctypes.data, int(hdr["nx"]), int(hdr["ny"]))
    if rc != 0:
        raise click.ClickException(f"grid_decode failed with code {rc}")
    return out.reshape(int(hdr["ny"]), int(hdr["nx"])) * hdr["scale"]


@click.command()
@click.argument("sources", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=pathlib.Path))
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=pathlib.Path), default=pathlib.Path("arrays"))
@click.option("--verbose", is_flag=True)
def main(sources, out_dir, verbose):
    """Convert each packed grid file to a .npy array."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)
    out_dir.mkdir(parents=True, exist_ok=True)
    for src in sources:
        grid = decode_grid(src.read_bytes())
        target = out_dir / (src.stem + ".npy")
        np.save(target, grid)
        log.info("%s -> %s (%dx%d)", src.name, target, grid.shape[1], grid.shape[0])


if __name__ == "__main__":
    main()
