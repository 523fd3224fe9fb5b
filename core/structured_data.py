"""schema.org data for search engines, as JSON-LD inside a page's <script> element."""

import json

# JSON inside <script> must not be able to close the element.
SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def script_json(data) -> str:
    """``data`` as JSON that is safe to write inside <script type="application/ld+json">."""
    return json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE)
