# ---
# id: cwe22-r3-tar-extract-data-filter-b
# cwe: CWE-22
# vulnerable: false
# twin: none
# tags: tarfile
# explanation: Extracts a release tarball with tarfile's 'data' extraction filter (Python 3.12 and backported security releases), which rejects absolute names, '..' members, links pointing outside the destination and device files. The extractall call looks risky but the filter prevents writes outside target_dir.
# ---
import tarfile


def extract_release(archive, target_dir):
    """Unpack a release tarball using the standard library's data filter."""
    with tarfile.open(archive, "r:gz") as tf:
        tf.extractall(target_dir, filter="data")
    return target_dir
