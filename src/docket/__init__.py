"""docket: governance-as-code for committees and boards."""

__version__ = "0.1.0"
