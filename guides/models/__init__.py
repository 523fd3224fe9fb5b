"""Guides and what goes with them: sections, easy-to-read versions, the organisation
diagram, the ways to influence, and readers' feedback."""

from guides.choices import Audience
from guides.models.feedback import PageFeedback
from guides.models.guides import (
    EasyReadPage,
    GuideIndexPage,
    GuidePage,
    GuidePageForm,
    RelatedGuide,
)
from guides.models.influence import InfluencePath, InfluencePathsPage, OrganisationPage

__all__ = [
    "Audience",
    "EasyReadPage",
    "GuideIndexPage",
    "GuidePage",
    "GuidePageForm",
    "InfluencePath",
    "InfluencePathsPage",
    "OrganisationPage",
    "PageFeedback",
    "RelatedGuide",
]
