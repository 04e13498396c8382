# ---
# id: cwe190-r3-upload-quota-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-r3-upload-quota-v
# tags: numpy, flask
# explanation: The declared sizes are now summed as Python integers, which do not wrap, and negative sizes are refused, so the quota check compares the real total against the user's limit.
# ---
def reserve_batch(self, user, sizes):
    declared = [int(s) for s in sizes]
    if any(s < 0 for s in declared):
        raise ValueError("negative size")
    total = sum(declared)
    if user.used_bytes + total > user.quota_bytes:
        raise QuotaExceeded(user.id)
    for size in declared:
        self.storage.reserve(user.id, size)
    user.used_bytes += total
    return total
