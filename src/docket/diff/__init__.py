"""``docket diff``: what a change to the repository means in governance terms.

Each side is loaded by the ordinary pipeline (``load_corpus`` and ``check_corpus``) from a
temporary copy of the revision, or from the working tree, and the two corpora are compared
object by object (``docket.diff.changes``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from docket.corpus import Corpus
from docket.diff.changes import Change, Section, State, compare
from docket.diff.snapshot import RevisionError, checkout, resolve
from docket.model.common import Language
from docket.pipeline import check_corpus, load_corpus
from docket.render.audience import Audience, visible_corpus

WORKING_TREE = "working tree"


@dataclass(frozen=True)
class DiffResult:
    base: str
    head: str
    as_of: date
    changes: list[Change]
    lang: Language = Language.EN
    """The language of the summaries and of the text and Markdown outputs' own words."""


def repository_language(corpus: Corpus) -> Language:
    """The language the repository's bodies work in: the most common one (on a tie, the one
    of the body listed first), Danish when there is no body."""
    counted = Counter(located.obj.language for located in corpus.bodies.values())
    return counted.most_common(1)[0][0] if counted else Language.DA


def load_state(root: Path, as_of: date, audience: Audience = Audience.CONFIDENTIAL) -> State:
    """One side as ``audience`` may see it: its meetings, items and findings above it left out,
    so that neither a change nor a finding reveals that they exist."""
    corpus, structural, files = load_corpus(root)
    report = check_corpus(corpus, structural, files, as_of, audience=audience)
    return State(visible_corpus(corpus, audience), report.findings)


@contextmanager
def _side(root: Path, revision: str | None) -> Iterator[tuple[str, Path]]:
    if revision is None:
        yield WORKING_TREE, root
        return
    commit = resolve(root, revision)
    with checkout(root, commit) as folder:
        yield f"{revision} ({commit[:10]})", folder


def diff_repository(
    root: Path,
    base: str,
    head: str | None,
    as_of: date,
    audience: Audience = Audience.CONFIDENTIAL,
    lang: Language | None = None,
) -> DiffResult:
    """Compare the repository at ``base`` with ``head`` (a revision, or the working tree), in
    ``lang`` (default: the language of head's bodies)."""
    with _side(root, base) as (base_label, base_root):
        base_state = load_state(base_root, as_of, audience)
    with _side(root, head) as (head_label, head_root):
        head_state = load_state(head_root, as_of, audience)
    lang = lang or repository_language(head_state.corpus)
    changes = compare(base_state, head_state, lang)
    return DiffResult(base_label, head_label, as_of, changes, lang)


__all__ = ["WORKING_TREE", "Change", "DiffResult", "RevisionError", "Section", "diff_repository"]
