# ---
# id: cwe119-r3-readinto-view-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: stdlib
# explanation: The chunk is read with readinto through a memoryview slice of a preallocated bytearray; the slice is clamped to the buffer and readinto never writes more than the view's length, so declared sizes from the stream cannot push data past the buffer.
# ---
def read_chunks(stream, bufsize=1 << 16):
    buf = bytearray(bufsize)
    view = memoryview(buf)
    while True:
        hdr = stream.read(4)
        if len(hdr) < 4:
            return
        want = int.from_bytes(hdr, "big")
        if want > bufsize:
            raise ValueError("chunk of %d bytes exceeds buffer" % want)
        got = stream.readinto(view[:want])
        yield bytes(view[:got])
