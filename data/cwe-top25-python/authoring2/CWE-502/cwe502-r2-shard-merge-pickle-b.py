# ---
# id: cwe502-r2-shard-merge-pickle-b
# cwe: CWE-502
# vulnerable: false
# twin: none
# tags: multiprocessing, pickle, tempfile
# explanation: A batch job fans work out to a multiprocessing pool; each worker pickles its partial counts into a TemporaryDirectory created by the parent process, and the parent unpickles those files to merge them. The directory is private (mkdtemp mode 0700), lives only for the run and holds only bytes the job's own workers wrote, so no outside party supplies the pickled data.
# ---
import argparse
import collections
import logging
import os
import pickle
import tempfile
from multiprocessing import Pool

log = logging.getLogger("wordcount")


def count_file(args):
    path, out_dir, index = args
    counts = collections.Counter()
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            counts.update(w.lower() for w in line.split() if w.isalpha())
    shard = os.path.join(out_dir, f"shard-{index:05d}.pkl")
    with open(shard, "wb") as fh:
        pickle.dump(counts, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return shard


def merge_shards(paths):
    total = collections.Counter()
    for shard in paths:
        with open(shard, "rb") as fh:
            total.update(pickle.load(fh))
    return total


def run(inputs, workers, top):
    with tempfile.TemporaryDirectory(prefix="wc-") as tmp:
        jobs = [(p, tmp, i) for i, p in enumerate(inputs)]
        with Pool(processes=workers) as pool:
            shards = pool.map(count_file, jobs)
        total = merge_shards(shards)
    for word, n in total.most_common(top):
        print(f"{n:>10}  {word}")
    log.info("merged %d shards", len(shards))


def main():
    parser = argparse.ArgumentParser(description="Count words across many text files.")
    parser.add_argument("files", nargs="+")
    parser.add_argument("-j", "--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("-n", "--top", type=int, default=20)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    run(args.files, args.workers, args.top)


if __name__ == "__main__":
    main()
