# ---
# id: cwe77-r3-tar-selected-paths-f
# cwe: CWE-77
# vulnerable: false
# twin: cwe77-r3-tar-selected-paths-v
# tags: subprocess
# explanation: Fixed twin: '--' is placed before the selected paths, so tar treats every following argument as a file name even if it begins with '-'.
# ---
import subprocess


def archive_paths(output, base_dir, paths):
    """Create *output* (a .tar.gz) from the selected *paths* under *base_dir*."""
    cmd = ["tar", "-czf", output, "-C", base_dir, "--"]
    cmd.extend(paths)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr)
    return output
