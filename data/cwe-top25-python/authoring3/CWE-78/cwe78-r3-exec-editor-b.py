# ---
# id: cwe78-r3-exec-editor-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: os
# explanation: A CLI tool opens a file in the user's own $EDITOR with os.execvp, the same as git and crontab do. The editor comes from the invoking user's environment (no privilege boundary) and the path is passed as a separate argv entry without a shell.
# ---
import os


def open_in_editor(path):
    """Replace the current process with the user's editor on *path*."""
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR", "vi")
    if not os.path.exists(path):
        open(path, "a").close()
    os.execvp(editor, [editor, path])
