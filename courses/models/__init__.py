from courses.models.applications import Application, MentorOffer, Submission
from courses.models.mentors import MentorsPage
from courses.models.modules import Material, ModulePage
from courses.models.participants import Participant, SessionAttendance
from courses.models.programmes import (
    MaterialsLibraryPage,
    ProgrammeIndexPage,
    ProgrammePage,
    RoundBlock,
    RoundsStreamBlock,
)
from courses.models.projects import ProjectPage, ProjectStatus

__all__ = [
    "Application",
    "Material",
    "MaterialsLibraryPage",
    "MentorOffer",
    "MentorsPage",
    "ModulePage",
    "Participant",
    "ProgrammeIndexPage",
    "ProgrammePage",
    "ProjectPage",
    "ProjectStatus",
    "RoundBlock",
    "RoundsStreamBlock",
    "SessionAttendance",
    "Submission",
]
