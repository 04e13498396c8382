# ---
# id: cwe78-r3-async-thumbnail-exec-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: asyncio
# explanation: Creates an image thumbnail with ImageMagick through asyncio.create_subprocess_exec, which runs the program directly with each value as its own argument; no shell parses src or dst, and width is forced to an int.
# ---
import asyncio


async def thumbnail(src: str, dst: str, width: int = 320) -> None:
    proc = await asyncio.create_subprocess_exec(
        "convert", src, "-thumbnail", f"{int(width)}x", dst,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(err.decode())
