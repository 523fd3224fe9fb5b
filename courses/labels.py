"""What a participant's project shows beside its own fields: its district and theme
named in the reader's language. Takes project pages and a language and returns data;
nothing is written onto the pages."""

from dataclasses import dataclass

from taxonomy.models import District, Theme, vocabulary


@dataclass(frozen=True)
class ProjectCard:
    """A project as the programme page lists it, or its own page names its terms."""

    page: object  # the ProjectPage
    district: str
    theme: str
    html: str = ""  # the card as the programme page lists it, once rendered


def project_cards(projects, language):
    """A card for each project, its terms named in ``language``."""
    districts, themes = vocabulary(District, language), vocabulary(Theme, language)
    return [
        ProjectCard(
            page=project,
            district=districts.name_of_id(project.district_id),
            theme=themes.name_of_id(project.theme_id),
        )
        for project in projects
    ]
