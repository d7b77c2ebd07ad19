"""Rendering: corpus -> report model -> pandoc AST (JSON) -> pandoc (+ typst) -> files.

- ``build_*`` turn the corpus into the report model (``report``): plain dataclasses, one
  language, one audience, nothing about output formats.
- ``layout_*`` turn the report model into a pandoc document (``pandoc_ast``), where text from
  the data is always ``Str`` nodes and therefore never markup.
- ``convert`` runs pandoc with the defaults files in ``data/`` and compiles PDF with typst.
- ``documents`` puts the steps together for the commands and the benchmark.
"""
