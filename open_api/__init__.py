"""The partner API face: the OAuth 2.0 token endpoint (/open/oauth/token) and the versioned /open/v1 routes.

Like admin_api, it calls backend services only (backend.partners and the domains' services). docs/open-api.md
is the partners' walk-through."""

from __future__ import annotations

from sanic import Blueprint

from open_api import oauth, v1
from open_api.docs import add_security_scheme

add_security_scheme()  # the oauth2 clientCredentials scheme in /docs/openapi.json (the public contract)

bp = Blueprint.group(oauth.bp, v1.bp)
