# ---
# id: cwe416-alert-message-free-order-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-alert-message-free-order-f
# tags: ctypes, logging
# explanation: An intrusion-sensor bridge pops alert messages from a C queue, frees each message with alert_free, and then builds the log line with ctypes.string_at on the pointer it just freed. The read happens after the memory was returned to the allocator, so logs may contain garbage or another alert's data.
# ---
import ctypes
import logging

sensor = ctypes.CDLL("libidsensor.so")


class Alert(ctypes.Structure):
    _fields_ = [("severity", ctypes.c_int), ("msg", ctypes.c_void_p), ("msg_len", ctypes.c_size_t)]


sensor.alert_pop.restype = ctypes.POINTER(Alert)
sensor.alert_free.argtypes = [ctypes.POINTER(Alert)]
log = logging.getLogger("ids-bridge")


def pump(max_alerts: int = 100) -> int:
    handled = 0
    while handled < max_alerts:
        alert = sensor.alert_pop()
        if not alert:
            break
        severity = alert.contents.severity
        msg_ptr, msg_len = alert.contents.msg, alert.contents.msg_len
        sensor.alert_free(alert)
        text = ctypes.string_at(msg_ptr, msg_len).decode("utf-8", "replace")  #@vuln
        log.log(logging.WARNING if severity < 3 else logging.ERROR, "alert: %s", text)
        handled += 1
    return handled
