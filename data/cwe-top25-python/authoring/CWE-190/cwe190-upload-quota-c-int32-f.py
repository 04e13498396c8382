# ---
# id: cwe190-upload-quota-c-int32-f
# cwe: CWE-190
# vulnerable: false
# twin: cwe190-upload-quota-c-int32-v
# tags: ctypes, flask
# explanation: would_exceed() now adds usage and upload size as Python ints, which do not wrap, so an oversized declared upload is always seen as exceeding the quota.
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
    return used + upload_kib > QUOTA_KIB


@app.post("/files")
@login_required
def upload():
    declared = int(request.headers.get("X-Upload-Size", "0"))
    kib = (declared + 1023) // 1024
    if kib <= 0 or would_exceed(current_user.quota_slot, kib):
        abort(413)
    usage_table[current_user.quota_slot].used_kib += kib
    return store_upload(current_user, request.stream, declared)
