"""A programme's rounds and the sessions that fall in each: what staff mark attendance
for, what a participant's page lists and what completion counts.

A round is a block of the programme page (its dates); a session is a block of one of the
programme's modules. Their ids are the same in every language version of the pages, so a
round or a session is named by its id wherever it is read.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from courses.blocks import session_times
from courses.models import ModulePage, ProgrammePage


@dataclass(frozen=True)
class Round:
    id: str
    name: str
    starts: datetime.date
    ends: datetime.date
    note: str = ""


@dataclass(frozen=True)
class Session:
    id: str
    title: str
    starts: datetime.datetime
    ends: datetime.datetime
    place: str
    module: str
    module_url: str

    @property
    def has_taken_place(self):
        return self.starts <= timezone.now()


def rounds(programme):
    """The rounds of ``programme`` (a page in any language), in date order."""
    found = [
        Round(
            str(block.id),
            block.value["name"],
            block.value["starts"],
            block.value["ends"],
            block.value.get("note") or "",
        )
        for block in programme.rounds
        if block.block_type == "round"
    ]
    return sorted(found, key=lambda round_: (round_.starts, round_.ends))


def round_by_id(programme, round_id):
    return next((round_ for round_ in rounds(programme) if round_.id == str(round_id)), None)


def round_for(programme, today=None):
    """The round a participant admitted ``today`` joins: the one under way, else the
    next to start, else the last; None for a programme without rounds."""
    today = today or timezone.localdate()
    all_rounds = rounds(programme)
    for round_ in all_rounds:
        if round_.ends >= today:
            return round_
    return all_rounds[-1] if all_rounds else None


def sessions(programme, round_):
    """The sessions of ``programme``'s live modules (in its language) dated within
    ``round_``, in time order."""
    modules = ModulePage.objects.child_of(programme).live().specific().order_by("path")
    found = []
    for module in modules:
        for block in module.sessions:
            if block.block_type != "session":
                continue
            value = block.value
            if not round_.starts <= value["date"] <= round_.ends:
                continue
            starts, ends = session_times(value)
            found.append(
                Session(
                    str(block.id),
                    value["title"],
                    starts,
                    ends,
                    value["place"],
                    module.title,
                    module.url,
                )
            )
    return sorted(found, key=lambda session: session.starts)


def programme_in(programme_key, language):
    """The live version of the programme ``programme_key`` in ``language``, else the
    Swedish one (its source)."""
    versions = ProgrammePage.objects.live().filter(translation_key=programme_key)
    return (
        versions.filter(locale__language_code=language).first()
        or versions.filter(locale__language_code="sv").first()
    )


@dataclass(frozen=True)
class Completion:
    attended: int
    sessions: int
    share: int
    # Whether the programme asks for a reported project, and whether there is one.
    report_needed: bool = False
    reported: bool = False

    @property
    def needed(self):
        """How many sessions the share comes to (rounded up)."""
        return -(-self.sessions * self.share // 100)

    @property
    def attended_enough(self):
        return self.sessions > 0 and self.attended >= self.needed

    @property
    def complete(self):
        return self.attended_enough and (self.reported or not self.report_needed)


def completion(attended_ids, round_sessions, programme, reported=False):
    """Whether someone who came to the sessions ``attended_ids`` of ``round_sessions``
    has completed ``programme``: its share of the sessions, and a reported project when
    the programme asks for one."""
    ids = {session.id for session in round_sessions}
    return Completion(
        len(ids & {str(i) for i in attended_ids}),
        len(ids),
        programme.completion_share,
        programme.requires_project_report,
        reported,
    )
