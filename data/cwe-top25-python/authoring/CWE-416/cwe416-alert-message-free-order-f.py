# ---
# id: cwe416-alert-message-free-order-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-alert-message-free-order-v
# tags: ctypes, logging
# explanation: pump() now copies the message text with string_at before calling alert_free, so the pointer is only read while the alert is still allocated.
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
        text = ctypes.string_at(msg_ptr, msg_len).decode("utf-8", "replace")
        sensor.alert_free(alert)
        log.log(logging.WARNING if severity < 3 else logging.ERROR, "alert: %s", text)
        handled += 1
    return handled
