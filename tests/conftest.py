"""Puts tests/ on the import path, so test modules share helpers from tests/support/.

Hypothesis explores new random examples on every local run, where a failure is a find;
under CI (``CI=true``) it draws them from a fixed seed instead, so a landing is judged on
the same examples every time and a CI failure replays locally with ``CI=true pytest``."""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")
