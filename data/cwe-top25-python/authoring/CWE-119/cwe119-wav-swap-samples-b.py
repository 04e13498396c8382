# ---
# id: cwe119-wav-swap-samples-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: ctypes, array
# explanation: A sample-format converter byte-swaps an array('h') in place with a C helper that takes a pointer and a sample count, using buffer_info(), which returns the address and the number of items, so the count passed is exactly the number of 16-bit samples in the buffer.
# ---
import ctypes
import sys
from array import array

pcm = ctypes.CDLL("libpcmswap.so")
pcm.swap16_inplace.argtypes = [ctypes.c_void_p, ctypes.c_size_t]


def read_samples(path: str) -> array:
    samples = array("h")
    with open(path, "rb") as fh:
        data = fh.read()
    samples.frombytes(data[: len(data) - len(data) % samples.itemsize])
    return samples


def swap_file(src: str, dst: str) -> int:
    samples = read_samples(src)
    addr, count = samples.buffer_info()
    pcm.swap16_inplace(addr, count)
    with open(dst, "wb") as fh:
        samples.tofile(fh)
    return count


if __name__ == "__main__":
    print(swap_file(sys.argv[1], sys.argv[2]), "samples swapped")
