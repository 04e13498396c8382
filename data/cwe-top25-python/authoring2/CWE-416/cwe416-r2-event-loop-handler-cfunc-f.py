# ---
# id: cwe416-r2-event-loop-handler-cfunc-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-r2-event-loop-handler-cfunc-v
# tags: ctypes, plugins, callbacks
# explanation: The bridge now keeps each CFUNCTYPE thunk in a dict keyed by subscription id and drops it only after evbus_unsubscribe has returned, so the native loop never holds a pointer to a thunk Python has freed.
# ---
"""Bridge between the native event loop (libevbus) and Python plugins."""

import ctypes
import importlib
import logging
from typing import Callable

log = logging.getLogger("evbus.bridge")

HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_uint32, ctypes.c_void_p, ctypes.c_size_t)

_bus = ctypes.CDLL("libevbus.so")
_bus.evbus_subscribe.argtypes = [ctypes.c_void_p, ctypes.c_uint32, HANDLER]
_bus.evbus_subscribe.restype = ctypes.c_int
_bus.evbus_unsubscribe.argtypes = [ctypes.c_void_p, ctypes.c_int]


class EventBridge:
    def __init__(self, bus_handle: int) -> None:
        self.bus = bus_handle
        self.subscriptions: dict[int, str] = {}
        self._thunks: dict[int, object] = {}

    def subscribe(self, event: int, func: Callable[[int, bytes], None], owner: str) -> int:
        def trampoline(evt, data, size):
            try:
                func(evt, ctypes.string_at(data, size))
            except Exception:
                log.exception("handler from %s failed on event %d", owner, evt)

        thunk = HANDLER(trampoline)
        sub_id = _bus.evbus_subscribe(self.bus, event, thunk)
        if sub_id < 0:
            raise RuntimeError(f"evbus_subscribe failed with {sub_id}")
        self.subscriptions[sub_id] = owner
        self._thunks[sub_id] = thunk
        return sub_id

    def unsubscribe_owner(self, owner: str) -> None:
        for sub_id, who in list(self.subscriptions.items()):
            if who == owner:
                _bus.evbus_unsubscribe(self.bus, sub_id)
                del self.subscriptions[sub_id]
                self._thunks.pop(sub_id, None)


def load_plugins(bridge: EventBridge, names: list[str]) -> list[str]:
    loaded = []
    for name in names:
        module = importlib.import_module(f"evbus_plugins.{name}")
        for event, func in getattr(module, "HANDLERS", {}).items():
            bridge.subscribe(int(event), func, owner=name)
        loaded.append(name)
        log.info("plugin %s loaded", name)
    return loaded
