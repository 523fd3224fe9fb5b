"""Path converters for the public routes that take an id or a token: what cannot be one
is a 404 from the resolver, before any view or database sees it."""

# secrets.token_urlsafe(24) (submissions.tokens.new_token) gives 32 characters of the
# URL-safe base64 alphabet. Anything else cannot be a token: the resolver answers 404
# without asking the database, to which NUL bytes and the like are an error.
TOKEN_LENGTH = 32


class TokenConverter:
    regex = f"[A-Za-z0-9_-]{{{TOKEN_LENGTH}}}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class IdConverter:
    """A row's id: digits that fit the database's 64-bit integer. A longer number is no
    id; SQLite cannot even compare it (OverflowError) and PostgreSQL would be asked for
    nothing."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)
