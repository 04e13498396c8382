# ---
# id: cwe434-r2-paramiko-docroot-publish-v
# cwe: CWE-434
# vulnerable: true
# twin: none
# tags: flask, paramiko, sftp
# explanation: A marketing portal forwards files that customers upload for their landing page to the document root of the Apache/PHP web server over SFTP with paramiko, keeping the customer's filename. No file type is checked, so a customer can upload shell.php (or .phtml) and then request it, making the web server execute their code.
# ---
import logging
import os
import posixpath

import paramiko
from flask import Flask, abort, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
log = logging.getLogger("portal.publish")

WEB_HOST = os.environ.get("WEB_HOST", "web01.internal")
WEB_USER = "deploy"
KEY_FILE = "/etc/portal/deploy_ed25519"
DOCROOT = "/var/www/landing"
MAX_FILE = 8 * 1024 * 1024


def sftp_session():
    client = paramiko.SSHClient()
    client.load_system_host_keys("/etc/portal/known_hosts")
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(WEB_HOST, username=WEB_USER, key_filename=KEY_FILE, timeout=10)
    return client, client.open_sftp()


def ensure_dir(sftp, path):
    try:
        sftp.stat(path)
    except FileNotFoundError:
        sftp.mkdir(path, mode=0o755)


@app.post("/customers/<int:customer_id>/landing/files")
def publish_file(customer_id):
    customer = request.environ.get("portal.customer")
    if customer is None or customer.id != customer_id:
        abort(403)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    data = upload.read(MAX_FILE + 1)
    if len(data) > MAX_FILE:
        abort(413)
    name = secure_filename(upload.filename)
    remote_dir = posixpath.join(DOCROOT, f"c{customer_id}")
    client, sftp = sftp_session()
    try:
        ensure_dir(sftp, remote_dir)
        with sftp.open(posixpath.join(remote_dir, name), "wb") as remote:  #@vuln
            remote.write(data)
    finally:
        sftp.close()
        client.close()
    log.info("customer %s published %s", customer_id, name)
    return jsonify(url=f"https://landing.example.com/c{customer_id}/{name}"), 201
