from courses.models.applications import Application, MentorOffer, Submission
from courses.models.mentors import MentorsPage
from courses.models.modules import Material, ModulePage
from courses.models.participants import (
    CheckIn,
    Mentorship,
    Milestone,
    Participant,
    Project,
    SessionAttendance,
)
from courses.models.programmes import (
    MaterialsLibraryPage,
    ProgrammeIndexPage,
    ProgrammePage,
    RoundBlock,
    RoundsStreamBlock,
)
from courses.models.projects import ProjectPage, ProjectStatus
from courses.models.surveys import SurveyInvitation, SurveyResponse

__all__ = [
    "Application",
    "CheckIn",
    "Material",
    "MaterialsLibraryPage",
    "MentorOffer",
    "MentorsPage",
    "Mentorship",
    "Milestone",
    "ModulePage",
    "Participant",
    "ProgrammeIndexPage",
    "ProgrammePage",
    "Project",
    "ProjectPage",
    "ProjectStatus",
    "RoundBlock",
    "RoundsStreamBlock",
    "SessionAttendance",
    "Submission",
    "SurveyInvitation",
    "SurveyResponse",
]
