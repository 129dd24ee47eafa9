"""Partners: outside applications (an accounting package, a 3PL warehouse, a BI tool) on the open API.

- ``clients``: OAuth 2.0 client registration, secret rotation with a grace period, revocation (HQ, audited).
- ``oauth``: the token endpoint (Authlib's RFC 6749 server, client credentials grant) and bearer-token checks.
- ``access``: the authorization gate's partner check (token, scope, per-client rate limit).
- ``reads`` / ``writes``: what /open/v1 answers, over the orders, stock and catalogue services.
- ``webhooks``: subscriptions, the signed delivery outbox with retries, the delivery log and replay.
"""
