"""Raw statements → tidy claims: quantities, places, actors, subjects and dates."""

from claimtrack.normalize.claims import normalize

__all__ = ["normalize"]
