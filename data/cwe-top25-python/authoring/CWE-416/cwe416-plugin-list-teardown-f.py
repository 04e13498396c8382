# ---
# id: cwe416-plugin-list-teardown-f
# cwe: CWE-416
# vulnerable: false
# twin: cwe416-plugin-list-teardown-v
# tags: ctypes
# explanation: The loop now saves node.contents.next before freeing the node, so it never reads a node after plugin_node_free has released it.
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
        following = node.contents.next
        host.plugin_node_free(node)
        node = following
        count += 1
    return count
