"""The shared kernel's organisation: locations, users, roles and store scopes (backend.org.models).

Every domain may import it; it imports no domain."""
