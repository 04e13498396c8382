# ---
# id: cwe77-r3-tar-selected-paths-v
# cwe: CWE-77
# vulnerable: true
# twin: cwe77-r3-tar-selected-paths-f
# tags: subprocess
# explanation: Builds a download archive of files selected in a file-manager UI; the paths are names chosen in the request. They are appended after tar's options with nothing ending option parsing, so selecting a file named '--checkpoint=1' and '--checkpoint-action=exec=sh x.sh' makes tar run a command.
# ---
import subprocess


def archive_paths(output, base_dir, paths):
    """Create *output* (a .tar.gz) from the selected *paths* under *base_dir*."""
    cmd = ["tar", "-czf", output, "-C", base_dir]
    cmd.extend(paths)  #@vuln
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr)
    return output
