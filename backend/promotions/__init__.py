"""Promotions: models, rules (arithmetic), engine (the checkout pricing step), workflow (approval), api."""
