"""The repository's configuration: check selection, levels, options and waivers.

It lives in docket.toml, or in the ``[tool.docket]`` table of pyproject.toml (docket.toml wins
when both exist); docs/configuration.md describes it.
"""

from docket.config.load import load_config
from docket.config.model import Config, ConfigError, Waiver

__all__ = ["Config", "ConfigError", "Waiver", "load_config"]
