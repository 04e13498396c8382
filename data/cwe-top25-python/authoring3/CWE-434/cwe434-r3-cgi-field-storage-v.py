# ---
# id: cwe434-r3-cgi-field-storage-v
# cwe: CWE-434
# vulnerable: true
# twin: none
# tags: cgi
# explanation: An old CGI upload script writes the posted file, under its own basename, into the Apache document root's uploads folder. No type check is done, so a visitor can upload a .php or .cgi file there and request it to run code on the server.
# ---
import cgi
import os

UPLOAD_DIR = "/var/www/html/uploads"


def main():
    form = cgi.FieldStorage()
    item = form["userfile"]
    if not item.filename:
        print("Status: 400\n\nno file")
        return
    name = os.path.basename(item.filename)
    with open(os.path.join(UPLOAD_DIR, name), "wb") as fh:  #@vuln
        fh.write(item.file.read())
    print("Content-Type: text/plain\n")
    print("stored as /uploads/%s" % name)
