# ---
# id: cwe416-plugin-list-teardown-v
# cwe: CWE-416
# vulnerable: true
# twin: cwe416-plugin-list-teardown-f
# tags: ctypes
# explanation: On shutdown a media server walks a C linked list of loaded plugins and frees each node, but reads node.next after plugin_node_free(node) has released it. The loop dereferences freed memory on every iteration.
# ---
"""Plugin management for the media server."""

import ctypes


class PluginNode(ctypes.Structure):
    pass


PluginNode._fields_ = [
    ("name", ctypes.c_char * 64),
    ("handle", ctypes.c_void_p),
    ("next", ctypes.POINTER(PluginNode)),
]

host = ctypes.CDLL("libmediahost.so")
host.plugin_list_head.restype = ctypes.POINTER(PluginNode)
host.plugin_unload.argtypes = [ctypes.c_void_p]
host.plugin_node_free.argtypes = [ctypes.POINTER(PluginNode)]


def unload_all(log) -> int:
    node = host.plugin_list_head()
    count = 0
    while node:
        log.info("unloading %s", node.contents.name.decode())
        host.plugin_unload(node.contents.handle)
        host.plugin_node_free(node)
        node = node.contents.next  #@vuln
        count += 1
    return count
