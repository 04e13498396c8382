# ---
# id: cwe476-malloc-pool-checked-b
# cwe: CWE-476
# vulnerable: false
# twin: none
# tags: ctypes, libc
# explanation: A pixel-buffer pool for a C encoder allocates blocks with libc calloc and checks every returned pointer, raising MemoryError on NULL before the block is stored or passed to C, and frees all blocks on close.
# ---
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.calloc.restype = ctypes.c_void_p
libc.calloc.argtypes = [ctypes.c_size_t, ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]


class BlockPool:
    def __init__(self, block_size: int, count: int):
        self.block_size = block_size
        self.free_blocks = []
        for _ in range(count):
            ptr = libc.calloc(1, block_size)
            if not ptr:
                self.close()
                raise MemoryError(f"could not allocate {count} blocks of {block_size} bytes")
            self.free_blocks.append(ptr)

    def take(self) -> int:
        if not self.free_blocks:
            raise RuntimeError("pool exhausted")
        return self.free_blocks.pop()

    def give_back(self, ptr: int) -> None:
        ctypes.memset(ptr, 0, self.block_size)
        self.free_blocks.append(ptr)

    def close(self) -> None:
        while self.free_blocks:
            libc.free(self.free_blocks.pop())
