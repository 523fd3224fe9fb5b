"""The demo loader's reading of the data files (no database)."""

import os

import pytest

from demo import loader
from demo.loader import DemoContentError, MissingDemoTranslation
from demo.management.commands.load_demo_content import BUILDERS
from demo.processes import in_processes
from tests.database_cache import ROOT, _sources


def test_wrapped_prose_reads_as_one_line_and_paragraphs_stay_apart():
    text = """
<p>Stockholms stad styrs av politiker
som invånarna har valt.</p>
<ul>
<li>förskola</li>
</ul>

Ett andra stycke
på två rader.
"""

    assert loader.prose(text) == (
        "<p>Stockholms stad styrs av politiker som invånarna har valt.</p>"
        "<ul><li>förskola</li></ul>\n\nEtt andra stycke på två rader."
    )


def test_a_block_is_its_type_and_its_value_or_its_fields():
    blocks = [
        {"type": "contact", "value": "kontaktcenter"},
        {"type": "heading", "text": "Vart vänder du dig?", "level": "h2"},
    ]

    assert loader.stream(blocks) == [
        ("contact", "kontaktcenter"),
        ("heading", {"text": "Vart vänder du dig?", "level": "h2"}),
    ]


def test_every_subjects_data_files_read_and_each_is_listed():
    for builder in BUILDERS:
        assert builder.plan(builder.read())


@pytest.mark.parametrize(
    ("files", "problem"),
    [(["index.toml", "glomd.toml"], "glomd is in no list"), ([], "index is listed but missing")],
)
def test_a_data_file_no_list_names_or_a_listed_one_missing_stops_the_build(
    tmp_path, monkeypatch, files, problem
):
    monkeypatch.setattr(loader, "CONTENT", tmp_path)
    for name in files:
        (tmp_path / name).write_text('title = "Sida"\n')

    with pytest.raises(loader.DemoContentError, match=problem):
        loader.check_listed(tmp_path, ["index"])


def test_the_demo_content_goes_into_the_hash_of_the_kept_test_database():
    sources = set(_sources())
    files = {
        path
        for folder in (loader.CONTENT, loader.TRANSLATIONS, ROOT / "demo" / "builders")
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }

    assert {path.suffix for path in files} == {".toml", ".csv", ".po", ".py"}
    assert files <= sources


# pytest-xdist's test process runs threads of its own; the forked children here only
# compute a number and exit. The demo build forks from a process without threads.
@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_work_in_processes_is_summed_and_a_failure_is_raised_with_its_message():
    parent = os.getpid()

    assert in_processes(lambda n: n * 2, [1, 2, 3], DemoContentError) == 12
    assert parent not in {in_processes(lambda _n: os.getpid(), [1], DemoContentError)}

    def work(n):
        if n == 2:
            raise MissingDemoTranslation("No fi translation for 'Hej' (Start)")
        return n

    with pytest.raises(DemoContentError, match=r"^No fi translation for 'Hej' \(Start\)$"):
        in_processes(work, [1, 2, 3], DemoContentError)
