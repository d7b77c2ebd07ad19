"""Browser acceptance of the site (``nox -s browser``): headless Chromium from the distribution's
packages, driven by Selenium, with axe-core from the npm registry (the session installs it and
names its file in ``AXE_CORE_JS``). The default test run leaves these tests out: they need
``chromium`` and ``chromium-driver`` from apt and run only when ``DOCKET_BROWSER`` is set."""

from __future__ import annotations

import os

collect_ignore_glob = [] if os.environ.get("DOCKET_BROWSER") else ["test_*.py"]
