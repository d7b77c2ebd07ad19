"""The hostile corpus: inputs an attacker, a broken editor or a careless copy and paste could put
in a governance repository, each with what docket must answer.

Every case plants files into a copy of tests/checks/base and runs one docket command on it in a
subprocess (see test_hostile_corpus.py). Cases are made here rather than stored, because many
are large (a 2 MB file of 190,000 keys, 250 files of 60 KB of nesting), binary (every control
character, invalid UTF-8) or not files at all (FIFOs, symbolic links, names with escape
sequences). ``python tests/hostile/corpus.py DIR`` writes each case's files into DIR/<case>/ to
try them by hand.

An expected finding is (name, path, line, column); the loader's line and column are the ones an
editor shows (1-based, counting only line feeds).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from docket.load.compose import SAFE_DEPTH

AS_OF = "2025-04-01"
MEETING = "meetings/wg/2025-06-02-wg-2.yaml"
TITLE_LINE, TITLE_COLUMN = 11, 12
"""Where the title of the template's agenda item starts."""


def meeting(title: str = "Budget", extra: str = "") -> str:
    """A valid planned meeting of the base repository's working group; ``title`` is written
    as is (quote it yourself), ``extra`` goes under the agenda item."""
    return (
        "kind: meeting\n"
        "schema_version: 1\n"
        "id: wg-2\n"
        "body: wg\n"
        "number: 2\n"
        "date: 2025-06-02\n"
        "status: planned\n"
        "items:\n"
        "  - id: wg-2-a\n"
        '    number: "1"\n'
        f"    title: {title}\n"
        f"{extra}"
    )


HEADER_LINES = 7
"""Lines of ``meeting()`` before 'items:'."""


@dataclass(frozen=True)
class Fifo:
    """A named pipe: reading it would block for ever."""


@dataclass(frozen=True)
class Link:
    """A symbolic link to ``target`` (absolute, or relative to the link's folder)."""

    target: str


Content = bytes | str | Fifo | Link
Expected = tuple[str, str, int | None, int | None]


@dataclass(frozen=True)
class Case:
    """One hostile input and the answer docket owes it.

    ``argv`` is run inside the repository and, for ``check``, with ``--format`` (json unless
    ``fmt``; every finding shown, ``--audience confidential``);
    ``code`` is the exit code; every ``findings`` entry must be among the reported findings (a
    ``None`` line or column: any, but present). ``clean`` means no finding at all on the planted
    files. ``csv`` names a CSV file the command writes, whose cells must all be guarded.
    Cases with the same ``batch`` put their files (under distinct names) into one repository
    and share one run, to spare a hundred near-identical processes.
    """

    name: str
    files: dict[str, Content]
    code: int
    findings: tuple[Expected, ...] = ()
    argv: tuple[str, ...] = ("check", "--as-of", AS_OF, "--no-cache", "--audience", "confidential")
    fmt: str = "json"
    clean: bool = False
    csv: str | None = None
    group: str = field(default="", compare=False)
    batch: str = ""


def _title_char(char: str) -> str:
    return f"U+{ord(char):04X}"


C0 = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + ["\x7f"]
C1 = [chr(c) for c in range(0x80, 0xA0)]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


def control_characters() -> Iterator[Case]:
    """Raw in the text, and produced by an escape in a double-quoted string."""
    for char in [*C0, *C1, "\u2028", "\u2029", "\ufeff"]:
        path = f"meetings/wg/raw-{_title_char(char)}.yaml"
        yield Case(
            f"raw-{_title_char(char)}",
            {path: meeting(f"A{char}B")},
            1,
            (("forbidden-character", path, TITLE_LINE, TITLE_COLUMN + 1),),
            group="control character, raw",
            batch="raw",
        )
    escapes = {
        _title_char(char): f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
        for char in [*C0, *C1, "\u2028", "\u2029", "\ufeff"]
    }
    escapes.update(
        (f"named-{escape[1]}", escape)
        for escape in ["\\0", "\\a", "\\b", "\\e", "\\v", "\\f", "\\N", "\\L", "\\P"]
    )
    for label, escape in escapes.items():
        path = f"meetings/wg/escaped-{label}.yaml"
        yield Case(
            f"escaped-{label}",
            {path: meeting(f'"A{escape}B"')},
            1,
            (("forbidden-character", path, TITLE_LINE, TITLE_COLUMN),),
            group="control character, escaped",
            batch="escaped",
        )
    for label, escape in {
        "tab": "\\t",
        "line-feed": "\\n",
        "no-break-space": "\\_",
        "backslash": "\\\\",
        "quote": '\\"',
    }.items():
        yield Case(
            f"escaped-text-{label}",
            {MEETING: meeting(f'"A{escape}B"')},
            0,
            clean=True,
            group="escapes that are text",
        )


def bidi() -> Iterator[Case]:
    for char in BIDI:
        yield Case(
            f"bidi-raw-{_title_char(char)}",
            {MEETING: meeting(f"Budget{char}2026")},
            0,
            (("bidi-control", MEETING, TITLE_LINE, TITLE_COLUMN + 6),),
            group="bidi control",
        )
    yield Case(
        "bidi-escaped",
        {MEETING: meeting('"Budget\\u202e2026"')},
        0,
        (("bidi-control", MEETING, TITLE_LINE, TITLE_COLUMN),),
        group="bidi control",
    )


def _items(body: str) -> str:
    return meeting().split("items:\n")[0] + body


def nesting() -> Iterator[Case]:
    """Every kind of nesting, just over the limit of 32 and far over it (the C composer
    overflows its stack at a few tens of thousands of levels)."""
    line = HEADER_LINES + 2
    for levels in (33, 40, 1_000, 30_000, 100_000):
        for indicator in ("- ", "? "):
            # '? ? x' is a mapping used as a key: refused as such where the composer may see
            # the file; past the composer's safe depth the event scan meets the nesting first
            expected = (
                ("yaml-syntax", MEETING, line, 5)
                if indicator == "? " and levels <= SAFE_DEPTH
                else ("nesting-too-deep", MEETING, line, 3 + 2 * 32)
            )
            yield Case(
                f"block-{'seq' if indicator == '- ' else 'key'}-{levels}",
                {MEETING: _items("items:\n  " + indicator * levels + "x\n")},
                1,
                (expected,),
                group="nesting",
            )
    for levels in (33, 100_000):
        yield Case(
            f"flow-seq-{levels}",
            {MEETING: _items("x: " + "[" * levels + "]" * levels + "\n")},
            1,
            (("nesting-too-deep", MEETING, HEADER_LINES + 1, 4 + 32),),
            group="nesting",
        )
        yield Case(
            f"flow-map-{levels}",
            {MEETING: _items("x: " + "{a: " * levels + "b" + "}" * levels + "\n")},
            1,
            (("nesting-too-deep", MEETING, HEADER_LINES + 1, 4 + 4 * 32),),
            group="nesting",
        )
    for levels in (40, 1_200):
        lines = [" " * depth + f"k{depth}:" for depth in range(levels)]
        yield Case(
            f"indented-{levels}",
            {MEETING: _items("\n".join(lines) + " x\n")},
            1,
            (("nesting-too-deep", MEETING, HEADER_LINES + 1 + 33, 34),),
            group="nesting",
        )
    yield Case(
        "mixed-block-and-flow",
        {MEETING: _items("items:\n  " + "- " * 20 + "[" * 20 + "]" * 20 + "\n")},
        1,
        (("nesting-too-deep", MEETING, line, 3 + 2 * 20 + 12),),  # the 13th '[' is level 33
        group="nesting",
    )
    deep = _items("items:\n  " + "- " * 30_000 + "x\n")
    files: dict[str, Content] = {f"meetings/wg/deep-{n:03d}.yaml": deep for n in range(250)}
    yield Case(
        "block-seq-30000-in-250-files",
        files,
        1,
        tuple(("nesting-too-deep", path, line, 3 + 2 * 32) for path in sorted(files)),
        group="nesting",
    )


def shallow_look_alikes() -> Iterator[Case]:
    """Brackets, indentation and ampersands that only look like nesting or anchors."""
    brackets = "[" * 40 + "{" * 40
    looks = {
        "brackets-double-quoted": meeting(f'"{brackets}"'),
        "brackets-single-quoted": meeting(f"'{brackets}'"),
        "brackets-plain": meeting(f"Budget {brackets}"),
        "brackets-comment": meeting("Budget  # " + brackets),
        "brackets-block-scalar": meeting("Budget", "    minutes: |\n      " + brackets + "\n"),
        "indented-block-scalar": meeting(
            "Budget", "    minutes: |\n" + "".join(" " * (6 + 40) + "x\n" for _ in range(3))
        ),
        "ampersand-in-text": meeting("R &D and Q&A"),
        "asterisk-in-text": meeting("Budget *vigtigt*"),
        "asterisk-quoted": meeting('"*Budget*"'),
    }
    for name, text in looks.items():
        yield Case(name, {MEETING: text}, 0, clean=True, group="look-alikes (must load)")


def anchors() -> Iterator[Case]:
    cases = {
        "anchor-on-scalar": (meeting("&t Budget"), TITLE_LINE, TITLE_COLUMN),
        "anchor-on-mapping": (
            meeting("Budget", "    presenters: &p [{person: alice}]\n"),
            12,
            17,
        ),
        "anchor-on-list": (
            meeting("Budget", "    presenters: &p\n      - {person: alice}\n"),
            12,
            17,
        ),
        "alias-of-scalar": (
            meeting("&t Budget", "    recommendation: *t\n"),
            TITLE_LINE,
            TITLE_COLUMN,
        ),
    }
    for name, (text, line, column) in cases.items():
        yield Case(name, {MEETING: text}, 1, (("alias-not-allowed", MEETING, line, column),))
    lines = ["kind: meeting", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]")
    yield Case(
        "billion-laughs",
        {MEETING: "\n".join(lines) + "\n"},
        1,
        (("alias-not-allowed", MEETING, 2, 5),),
        group="anchors",
    )


def numbers() -> Iterator[Case]:
    for name, value in {
        "int-5000-digits": "9" * 5000,
        "int-41-digits": "1" * 41,
        "hex-5000-digits": "0x" + "f" * 5000,
        "negative-5000-digits": "-" + "9" * 5000,
    }.items():
        text = meeting().replace("number: 2\n", f"number: {value}\n")
        yield Case(name, {MEETING: text}, 1, (("invalid-value", MEETING, 5, 9),), group="numbers")
    yield Case(
        "int-key-5000-digits",  # YAML limits an implicit key to 1,024 characters
        {MEETING: meeting("Budget", "    " + "7" * 5000 + ": x\n")},
        1,
        (("yaml-syntax", MEETING, 12, None),),
        group="numbers",
    )
    yield Case(
        "float-5000-digits",
        {MEETING: meeting().replace("number: 2\n", "number: 0." + "0" * 5000 + "1\n")},
        1,
        (("invalid-value", MEETING, 5, 9),),
        group="numbers",
    )


def encodings() -> Iterator[Case]:
    good = meeting().encode()
    cases = {
        "latin-1": (meeting("Sønderkær").encode("latin-1"), TITLE_LINE, TITLE_COLUMN + 1),
        "utf-16": (meeting().encode("utf-16"), 1, 1),
        "lone-surrogate": (good.replace(b"Budget", b"Bud\xed\xa0\x80get"), TITLE_LINE, 15),
        "overlong-slash": (good.replace(b"Budget", b"Bud\xc0\xafget"), TITLE_LINE, 15),
        "truncated-at-end": (good + b"# \xc3", TITLE_LINE + 1, 3),
    }
    for name, (data, line, column) in cases.items():
        yield Case(name, {MEETING: data}, 1, (("not-utf8", MEETING, line, column),))


def shapes() -> Iterator[Case]:
    """Files that are not one mapping of reasonable size."""
    big = meeting() + ("# " + "x" * 98 + "\n") * 21_000
    cases: dict[str, tuple[Content, str, int, int]] = {
        "over-2-MiB": (big, "file-too-large", 1, 1),
        "empty": ("", "empty-document", 1, 1),
        "only-comments": ("# nothing here\n", "empty-document", 1, 1),
        "only-document-marker": ("---\n", "empty-document", 1, 1),
        "null": ("null\n", "empty-document", 1, 1),
        "two-documents": (meeting() + "---\n" + meeting(), "yaml-syntax", 12, 1),
        "top-level-list": ("- kind: meeting\n", "unknown-kind", 1, 1),
        "top-level-text": ("hello\n", "unknown-kind", 1, 1),
        "unclosed-quote": (meeting('"Budget'), "yaml-syntax", 12, 1),
        "duplicate-key": (meeting() + "status: held\n", "duplicate-key", 12, 1),
    }
    for name, (content, problem, line, column) in cases.items():
        yield Case(name, {MEETING: content}, 1, ((problem, MEETING, line, column),))


def unknown_keys() -> Iterator[Case]:
    """A 2 MB file of 190,000 unknown keys: reported (the first 100) and located in seconds."""
    head = meeting()
    keys = "".join(f"k{n:06d}: v\n" for n in range(190_000))
    yield Case(
        "190000-unknown-keys",
        {MEETING: head + keys},
        1,
        (("unknown-key", MEETING, TITLE_LINE + 1, 1),),
    )


def file_system() -> Iterator[Case]:
    """Things in a data folder that are not regular files of the repository."""
    folder = "meetings/wg"
    yield Case(
        "fifo",
        {f"{folder}/pipe.yaml": Fifo()},
        1,
        (("unreadable-file", f"{folder}/pipe.yaml", 1, 1),),
    )
    for name, target in {
        "passwd": "/etc/passwd",
        "dev-zero": "/dev/zero",
        "dev-null": "/dev/null",
    }.items():
        path = f"{folder}/{name}.yaml"
        yield Case(
            f"link-to-{name}",
            {path: Link(target)},
            1,
            (("path-outside-repository", path, 1, 1),),
        )
    yield Case(
        "link-loop",
        {f"{folder}/a.yaml": Link("b.yaml"), f"{folder}/b.yaml": Link("a.yaml")},
        1,
        (
            ("unreadable-file", f"{folder}/a.yaml", 1, 1),
            ("unreadable-file", f"{folder}/b.yaml", 1, 1),
        ),
    )
    yield Case(
        "link-dangling",
        {f"{folder}/gone.yaml": Link("nothing-here.yaml")},
        1,
        (("unreadable-file", f"{folder}/gone.yaml", 1, 1),),
    )
    yield Case(
        "link-to-folder-outside",
        {f"{folder}/elsewhere": Link("/etc")},
        1,
        (("path-outside-repository", f"{folder}/elsewhere", 1, 1),),
    )
    yield Case(
        "link-inside-repository",
        {f"{folder}/alias.yaml": Link("2025-03-03-wg-1.yaml")},
        1,
        (("duplicate-id", f"{folder}/alias.yaml", 3, 5),),
    )
    for suffix in (".YAML", ".Yml", ".YML", ".yAmL"):
        path = f"{folder}/upper{suffix}"
        yield Case(
            f"suffix{suffix.replace('.', '-')}",
            {path: meeting() + "chiar: alice\n"},
            1,
            (("unknown-key", path, 12, 1),),
        )


def file_names() -> Iterator[Case]:
    """Names that would drive a terminal or a CI log: escaped in every text format."""
    names = {
        "esc-sgr": "\x1b[31mred",
        "osc-8-link": "\x1b]8;;https:example.org\x07link",
        "csi-c1": "\x9b2J",
        "newline": "two\nlines",
        "bidi": "budget\u202etxt.exe",
    }
    for label, stem in names.items():
        path = f"meetings/wg/{stem}.yaml"
        for fmt in ("text", "github", "json"):
            yield Case(
                f"name-{label}-{fmt}",
                {path: meeting() + "chiar: alice\n"},
                1,
                (("unknown-key", path, 12, 1),) if fmt == "json" else (),
                fmt=fmt,
                group="file names with escape sequences",
            )


def dates() -> Iterator[Case]:
    """The first and last dates a date can have, everywhere dates are computed."""
    first = MEETING.replace("2025-06-02", "0001-01-01")
    last = MEETING.replace("2025-06-02", "9999-12-31")
    files: dict[str, Content] = {
        first: meeting().replace("date: 2025-06-02", "date: 0001-01-01").replace("wg-2", "wg-0"),
        last: meeting(
            "Budget",
            "    follow_ups:\n"
            "      - {id: f-first, owner: alice, due: 0001-01-01, text: Tidligst}\n"
            "      - {id: f-last, owner: alice, due: 9999-12-31, text: Senest}\n",
        )
        .replace("date: 2025-06-02", "date: 9999-12-31")
        .replace("number: 2", "number: 3")
        .replace("wg-2", "wg-3"),
    }
    for as_of in ("0001-01-01", "9999-12-31"):
        yield Case(
            f"check-as-of-{as_of}",
            files,
            1,  # f-first is due 0001-01-01, before the meeting of 9999-12-31 that agreed it
            # (follow-up-before-meeting); as of 9999 the agenda of 9999-12-31 is late too
            argv=("check", "--as-of", as_of, "--no-cache", "--audience", "confidential"),
        )
        yield Case(
            f"brief-as-of-{as_of}",
            files,
            0,
            argv=("brief", "--body", "wg", "--as-of", as_of, "--to", "md", "-o", "out"),
        )
    commands = {
        "calendar": ("calendar", "-o", "out.ics"),
        "agenda-first": ("render", "agenda", "wg-0", "--to", "md", "-o", "out.md"),
        "agenda-last": ("render", "agenda", "wg-3", "--to", "md", "-o", "out.md"),
        "minutes-last": ("render", "minutes", "wg-3", "--to", "md", "-o", "out.md"),
        "follow-ups": ("render", "follow-ups", "--to", "csv", "-o", "out.csv"),
        "new-meeting-last-day": ("new", "meeting", "--body", "wg", "--date", "9999-12-30"),
        "remind-first": ("remind", "--as-of", "0001-01-01", "--format", "json"),
        "remind-last": ("remind", "--as-of", "9999-12-31"),
        "remind-last-email": ("remind", "--as-of", "9999-12-31", "--format", "email", "-o", "mail"),
    }
    for name, argv in commands.items():
        yield Case(f"dates-{name}", files, 0, argv=argv)


def attachments() -> Iterator[Case]:
    def with_attachment(entry: str) -> str:
        return meeting(
            "Budget", f'    attachments:\n      - {{number: "1.1", title: Bilag, {entry}}}\n'
        )

    line = 13
    paths = {
        "path-5000-characters": ("path: " + "a" * 5000, "attachment-missing", 45),
        "path-name-300-bytes": ("path: x/" + "b" * 300, "attachment-missing", 45),
        "path-absolute": ("path: /etc/passwd", "path-outside-repository", 45),
        "path-parent": ("path: ../../etc/passwd", "path-outside-repository", 45),
        "path-nul-escape": ('path: "a\\0b"', "forbidden-character", 45),
    }
    for name, (entry, problem, column) in paths.items():
        yield Case(name, {MEETING: with_attachment(entry)}, 1, ((problem, MEETING, line, column),))
    for number, scheme in enumerate(
        (
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            " javascript:alert(1)",
        ),
    ):
        yield Case(
            f"url-{number}-{scheme.strip().split(':')[0]}",
            {MEETING: with_attachment(f'url: "{scheme}"')},
            1,
            (("invalid-value", MEETING, line, 44),),
            group="attachment links",
        )
    yield Case(
        "url-https",
        {MEETING: with_attachment('url: "https://example.org/bilag.pdf"')},
        0,
        clean=True,
        group="attachment links",
    )


def spreadsheet_formulas() -> Iterator[Case]:
    """Decision texts that a spreadsheet would run as a formula."""
    texts = {
        "leading-space": '" =1+1"',
        "leading-newline": '"\\n=HYPERLINK(\\"https://example.org\\")"',
        "leading-tab": '"\\t=1+1"',
        "at-sign": '"@SUM(A1:A2)"',
        "minus": '"-2+3"',
        "plus": '"+cmd"',
        "equals": '"=1+1"',
    }
    for name, text in texts.items():
        decision = (
            "    kind: decision\n    decisions:\n"
            f"      - {{id: wg-2-d, outcome: adopted, text: {text}}}\n"
        )
        files: dict[str, Content] = {
            MEETING: meeting("Budget", decision)
            .replace("status: planned", "status: held")
            .replace("date: 2025-06-02", "date: 2025-03-20")
        }
        yield Case(
            f"csv-{name}",
            files,
            0,
            argv=("render", "decisions", "--to", "csv", "-o", "out.csv"),
            csv="out.csv",
            group="spreadsheet formulas",
        )


GENERATORS = (
    control_characters,
    bidi,
    nesting,
    shallow_look_alikes,
    anchors,
    numbers,
    encodings,
    shapes,
    unknown_keys,
    file_system,
    file_names,
    dates,
    attachments,
    spreadsheet_formulas,
)


def cases() -> list[Case]:
    """Every case, named uniquely, grouped by the generator that made it."""
    made = [
        case if case.group else Case(**{**case.__dict__, "group": make.__name__.replace("_", " ")})
        for make in GENERATORS
        for case in make()
    ]
    names = [case.name for case in made]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ValueError(f"case names used twice: {duplicates}")
    return made


def plant(case: Case, repo: Path) -> None:
    """Write the case's files (and pipes and links) into ``repo``."""
    import os

    for relative, content in case.files.items():
        target = repo / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Fifo):
            os.mkfifo(target)
        elif isinstance(content, Link):
            target.symlink_to(content.target)
        elif isinstance(content, str):
            target.write_bytes(content.encode("utf-8"))
        else:
            target.write_bytes(content)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    for case in cases():
        plant(case, out / case.name)
    print(f"wrote {len(cases())} cases into {out}")
