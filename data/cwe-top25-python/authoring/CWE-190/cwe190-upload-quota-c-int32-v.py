# ---
# id: cwe190-upload-quota-c-int32-v
# cwe: CWE-190
# vulnerable: true
# twin: cwe190-upload-quota-c-int32-f
# tags: ctypes, flask
# explanation: A file-hosting service tracks each account's usage in a shared-memory table of ctypes.c_int32 fields (KiB). The quota check adds the upload size to the stored usage as c_int32 values; a very large declared upload wraps the sum negative, the check passes, and the account exceeds its quota.
# ---
import ctypes

from flask import Flask, abort, request
from flask_login import current_user, login_required

from .quota_shm import usage_table
from .storage import store_upload

app = Flask(__name__)
QUOTA_KIB = 10 * 1024 * 1024


def would_exceed(slot: int, upload_kib: int) -> bool:
    used = usage_table[slot].used_kib
    total = ctypes.c_int32(used + upload_kib).value  #@vuln
    return total > QUOTA_KIB


@app.post("/files")
@login_required
def upload():
    declared = int(request.headers.get("X-Upload-Size", "0"))
    kib = (declared + 1023) // 1024
    if kib <= 0 or would_exceed(current_user.quota_slot, kib):
        abort(413)
    usage_table[current_user.quota_slot].used_kib += kib
    return store_upload(current_user, request.stream, declared)
