"""Root conftest: the shared fixtures live in tests/fixtures.py (loaded as a plugin from pyproject addopts)."""
