"""Developer scripts (benchmark harness); not part of the installed package."""
