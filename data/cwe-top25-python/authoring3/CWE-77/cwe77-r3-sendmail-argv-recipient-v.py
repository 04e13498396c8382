# ---
# id: cwe77-r3-sendmail-argv-recipient-v
# cwe: CWE-77
# vulnerable: true
# twin: none
# tags: subprocess
# explanation: Sends a receipt with sendmail to the email address from the checkout form. The address is passed as an argument without any check, so a value starting with '-' is read as sendmail options: '-OQueueDirectory=/tmp -X/var/www/html/log.php' writes a log file with attacker content into the web root (the classic PHPMailer argument injection).
# ---
import subprocess


def send_receipt(to_addr, body):
    proc = subprocess.Popen(
        ["/usr/sbin/sendmail", "-t", "-i", to_addr],  #@vuln
        stdin=subprocess.PIPE,
    )
    proc.communicate(("To: %s\nSubject: Your receipt\n\n%s" % (to_addr, body)).encode())
    return proc.returncode == 0
