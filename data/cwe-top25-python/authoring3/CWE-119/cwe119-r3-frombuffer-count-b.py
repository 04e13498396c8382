# ---
# id: cwe119-r3-frombuffer-count-b
# cwe: CWE-119
# vulnerable: false
# twin: none
# tags: numpy
# explanation: The vertex count is read from the file header, but numpy.frombuffer checks count and offset against the buffer and raises if the data is too short, so a lying header cannot make the array reach past the payload.
# ---
import struct

import numpy as np


def load_mesh(blob: bytes):
    n_vertices, n_faces = struct.unpack_from("<II", blob, 0)
    verts = np.frombuffer(blob, dtype="<f4", count=n_vertices * 3, offset=8).reshape(-1, 3)
    face_off = 8 + verts.nbytes
    faces = np.frombuffer(blob, dtype="<u4", count=n_faces * 3, offset=face_off).reshape(-1, 3)
    if faces.size and faces.max() >= n_vertices:
        raise ValueError("face index out of range")
    return verts, faces
