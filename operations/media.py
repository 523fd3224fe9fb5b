"""Image renditions from the local media folder, when no development server does it.

Only ``images/`` (the renditions pages show): documents go through Wagtail's own view,
which checks a collection's privacy, and originals are never linked. The proxy keeps
each file; a rendition's name changes when its image does.
"""

from django.conf import settings
from django.views.decorators.http import require_safe
from django.views.static import serve


@require_safe
def rendition(request, path):
    response = serve(request, f"images/{path}", document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = "public, max-age=86400"
    return response
