"""Build the governance site for a repository (default: the synthetic one); print the timings.

    python benchmarks/make_synthetic.py /tmp/synthetic --meetings 1000
    python benchmarks/bench_site.py /tmp/synthetic [--audience internal] [--as-of 2030-01-01]

Runs what ``docket site`` runs, in stages: load the repository, build and write every page,
the feed and the OParl JSON, then the Pagefind index; briefing packs are left out (their cost
is that of ``docket brief``, measured by bench_render.py). The target is under 60 s for the
1,000-meeting repository.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

from docket.pipeline import load_corpus
from docket.render.audience import Audience
from docket.site.build import SiteOptions, build_site


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repo", type=Path)
    parser.add_argument("--audience", default="internal", choices=[a.value for a in Audience])
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2030, 1, 1))
    args = parser.parse_args()
    start = time.perf_counter()
    corpus, _, _ = load_corpus(args.repo, use_cache=False)
    loaded = time.perf_counter()
    options = SiteOptions(audience=Audience(args.audience), as_of=args.as_of, packs=False)
    with tempfile.TemporaryDirectory() as tmp:
        summary = build_site(corpus, Path(tmp) / "site", options)
    done = time.perf_counter()
    print(f"meetings: {len(corpus.meetings)}; audience: {args.audience}")
    print(f"load: {loaded - start:.2f} s")
    print(
        f"site: {summary.pages} pages, {summary.files} files in {done - loaded:.2f} s "
        f"(largest page {summary.largest_page[0]}, {summary.largest_page[1] // 1024} KiB)"
    )
    own, pagefind = (
        sum(getattr(resource.getrusage(who), field) for field in ("ru_utime", "ru_stime"))
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    print(f"total: {done - start:.2f} s (target < 60 s)")
    print(f"CPU time: docket {own:.2f} s, Pagefind {pagefind:.2f} s")
    print(f"load average during the run: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
