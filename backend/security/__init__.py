"""Authentication and authorisation: who is calling, in which role, for which locations."""

from backend.security.actor import Actor, current_actor, requires, with_identity_check

__all__ = ["Actor", "current_actor", "requires", "with_identity_check"]
