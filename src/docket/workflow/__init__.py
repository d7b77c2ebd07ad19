"""The secretariat's editing workflow: new records, follow-ups, and importing legacy minutes.

Every command here reads the repository through the corpus, edits or writes one file, checks
that the result still validates, and only then writes it atomically (``docket.fileio``).
"""
