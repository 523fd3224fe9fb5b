"""What pages in other apps show of the programmes: the course materials, for search."""

from core.cache import cached
from courses.models import MaterialsLibraryPage


def materials(language):
    """Every course material of ``language``'s materials library as plain dicts (see
    ``MaterialsLibraryPage.rows``); none where that language has no library."""
    library = cached(
        f"materials-library:{language}",
        lambda: (
            MaterialsLibraryPage.objects.live()
            .public()
            .filter(locale__language_code=language)
            .first()
        ),
    )
    return library.rows(language) if library is not None else []
