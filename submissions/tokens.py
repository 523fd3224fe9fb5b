"""The token that is a resident's key to what they sent: the address of their
registration's or application's own page and of its cancel link, never a cookie."""

import secrets


def new_token():
    """32 characters of the URL-safe base64 alphabet (core.converters.TokenConverter)."""
    return secrets.token_urlsafe(24)
