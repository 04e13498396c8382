# ---
# id: cwe190-r3-upload-quota-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-r3-upload-quota-f
# tags: numpy, flask
# explanation: A batch upload endpoint sums the client-declared file sizes in a numpy int32 array to enforce the user's storage quota. Sizes near 2**31 make the sum wrap negative, the quota check passes, and the user reserves far more storage than allowed.
# ---
import numpy as np


def reserve_batch(self, user, sizes):
    declared = np.asarray(sizes, dtype=np.int32)
    total = int(declared.sum())  #@vuln
    if user.used_bytes + total > user.quota_bytes:
        raise QuotaExceeded(user.id)
    for size in sizes:
        self.storage.reserve(user.id, size)
    user.used_bytes += total
    return total
