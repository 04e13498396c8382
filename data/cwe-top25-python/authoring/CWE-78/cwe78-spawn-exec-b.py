# ---
# id: cwe78-spawn-exec-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: os, argparse, media
# explanation: A batch transcoder starts ffmpeg for each input file with os.spawnvp and an argument list built from paths the operator passes on the command line. spawnvp executes the program directly without a shell, and each path is an absolute, single argument.
# ---
import argparse
import os
from pathlib import Path


def transcode(src: Path, out_dir: Path, bitrate: str) -> int:
    dst = out_dir / (src.stem + ".opus")
    argv = ["ffmpeg", "-nostdin", "-y", "-i", str(src.resolve()), "-c:a", "libopus", "-b:a", bitrate, str(dst.resolve())]
    return os.spawnvp(os.P_WAIT, "ffmpeg", argv)


def main() -> None:
    ap = argparse.ArgumentParser(description="Transcode audio files to Opus")
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=Path("opus"))
    ap.add_argument("--bitrate", choices=["64k", "96k", "128k"], default="96k")
    args = ap.parse_args()
    args.out.mkdir(exist_ok=True)
    failed = [p for p in args.inputs if transcode(p, args.out, args.bitrate) != 0]
    if failed:
        raise SystemExit(f"{len(failed)} file(s) failed: {', '.join(map(str, failed))}")


if __name__ == "__main__":
    main()
