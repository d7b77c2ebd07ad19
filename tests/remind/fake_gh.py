"""A stand-in for the gh CLI (GitHub cannot be reached from the tests): it answers each call
with a recorded answer and logs the call, so the tests see exactly what docket asked gh to do.

Environment: FAKE_GH_ANSWERS, a JSON file mapping "SUBCOMMAND VERB" (e.g. "issue list") to the
file holding the answer gh gave; FAKE_GH_LOG, a JSON-lines file each call is appended to
(argv and standard input). A call with no recorded answer fails like gh does (exit 1).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    stdin = "" if sys.stdin.isatty() else sys.stdin.read()
    with open(os.environ["FAKE_GH_LOG"], "a", encoding="utf-8") as log:
        log.write(json.dumps({"argv": argv, "stdin": stdin}, ensure_ascii=False) + "\n")
    answers_file = Path(os.environ["FAKE_GH_ANSWERS"])
    answers = json.loads(answers_file.read_text(encoding="utf-8"))
    key = " ".join(argv[:2])
    if key not in answers:
        print(f"unknown command: {key}", file=sys.stderr)
        return 1
    answer = answers[key]
    if answer is not None:
        sys.stdout.write((answers_file.parent / answer).read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
