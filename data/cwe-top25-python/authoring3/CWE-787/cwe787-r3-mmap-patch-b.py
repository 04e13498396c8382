# ---
# id: cwe787-r3-mmap-patch-b
# cwe: CWE-787
# vulnerable: false
# twin: none
# tags: mmap
# explanation: The patch offset and bytes come from a patch file, but the write goes through mmap slice assignment, which is bounds-checked, after an explicit check that the patch ends inside the mapped file; the mapping is never resized implicitly.
# ---
import mmap


def apply_patch(path, patches):
    with open(path, "r+b") as fh, mmap.mmap(fh.fileno(), 0) as mm:
        size = len(mm)
        for offset, data in patches:
            if offset < 0 or offset + len(data) > size:
                raise ValueError("patch at %#x outside file" % offset)
            mm[offset:offset + len(data)] = data
        mm.flush()
