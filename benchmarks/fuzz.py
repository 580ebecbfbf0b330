"""A long fuzz run over ``load_text`` and every reader (not part of the default tests).

Usage::

    python benchmarks/fuzz.py [EXAMPLES]     # default 20000 examples per property

It runs the ``slow`` hypothesis properties of ``tests/test_fuzz.py`` (``--run-slow -m
slow``) with ``EXAMPLES`` examples each: for any text or bytes, in any supported format,
nothing but the library's own errors escapes, offsets slice their texts and every input
line is accounted for once. A failure prints hypothesis' minimal failing example; add it
to the tables in ``tests/test_bad_input.py``. Takes about a minute per 1000 examples.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    examples = argv[0] if argv else "20000"
    env = {**os.environ, "CONFLICTCORPUS_FUZZ_EXAMPLES": examples}
    cmd = [sys.executable, "-m", "pytest", "-q", "--run-slow", "-m", "slow"]
    cmd += ["-p", "no:cacheprovider", str(ROOT / "tests" / "test_fuzz.py")]
    print(f"fuzzing with {examples} examples per property", flush=True)
    return subprocess.call(cmd, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
