"""Contacts kept in a spreadsheet: CSV import and export from the command line."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command

from contacts.models import CityContact

pytestmark = pytest.mark.django_db

HEADER = "reference,name,kind,districts,topics,helps_with,phone,email,website,is_fallback\n"


def write(tmp_path, text, name="kontakter.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_importing_a_good_file_creates_and_updates_contacts(tmp_path):
    path = write(
        tmp_path,
        HEADER + "ungdomsstod-farsta,Ungdomsstöd Farsta,association-service,farsta,"
        "fritid-kultur;lokaler,Stöd till ungdomsföreningar.,08-508 00 508,"
        "unga.farsta@stockholm.example,https://start.stockholm/,no\n"
        "kontaktcenter,Stockholms stads kontaktcenter,service-centre,,,"
        "Allmänna frågor om stadens service.,08-508 00 508,,https://start.stockholm/,yes\n",
    )
    out = io.StringIO()

    call_command("import_contacts", path, stdout=out)

    assert "1 created, 1 updated, 0 unchanged" in out.getvalue()
    new = CityContact.objects.get(reference="ungdomsstod-farsta", locale__language_code="sv")
    assert new.name == "Ungdomsstöd Farsta"
    assert [d.slug for d in new.districts.all()] == ["farsta"]
    assert sorted(t.slug for t in new.topics.all()) == ["fritid-kultur", "lokaler"]
    centre = CityContact.objects.get(reference="kontaktcenter", locale__language_code="sv")
    assert centre.helps_with == "Allmänna frågor om stadens service."

    again = io.StringIO()
    call_command("import_contacts", path, stdout=again)
    assert "0 created, 0 updated, 2 unchanged" in again.getvalue()


def test_a_file_with_bad_rows_imports_nothing_and_names_each_line(tmp_path):
    before = CityContact.objects.count()
    path = write(
        tmp_path,
        HEADER
        + "bra-rad,En bra rad,association-service,farsta,,Hjälper.,08-508 00 508,,,no\n"
        + "fel-stadsdel,Fel stadsdel,association-service,atlantis,,Hjälper.,,,,no\n"
        + "fel-epost,Fel e-post,service-centre,,,Hjälper.,,inte-en-adress,,no\n"
        + '"flerradig",Flera rader,kommun,,,"Hjälper\nmed mycket.",,,,kanske\n',
    )

    with pytest.raises(CommandError) as error:
        call_command("import_contacts", path)

    message = str(error.value)
    assert "Nothing was imported: 3 row(s) need fixing." in message
    assert "Line 3: unknown districts: atlantis." in message
    assert "Line 4: email:" in message
    # A quoted cell over two lines: the error names the line the row starts on.
    assert "Line 5: is_fallback must be yes or no, not 'kanske'; kind:" in message
    assert CityContact.objects.count() == before
    assert not CityContact.objects.filter(reference="bra-rad").exists()


def test_missing_columns_and_unreadable_files_are_explained(tmp_path):
    with pytest.raises(CommandError, match="Line 1: missing column"):
        call_command("import_contacts", write(tmp_path, "namn,telefon\nA,1\n"))
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_contacts", str(tmp_path / "finns-inte.csv"))
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes((HEADER + "a,Å,service-centre,,,x,,,,no\n").encode("latin-1"))
    with pytest.raises(CommandError, match="is not UTF-8"):
        call_command("import_contacts", str(latin1))


def test_export_writes_every_contact_in_the_import_format(tmp_path):
    path = tmp_path / "export.csv"

    call_command("export_contacts", output=str(path), stderr=io.StringIO())

    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(rows) == CityContact.objects.filter(locale__language_code="sv").count() >= 30
    jarva = next(row for row in rows if row["reference"] == "foreningsstod-jarva")
    assert jarva["districts"] == "jarva"
    assert "foreningsbidrag" in jarva["topics"].split(";")
    # What was exported imports again without changes.
    out = io.StringIO()
    call_command("import_contacts", str(path), stdout=out)
    assert f"0 created, 0 updated, {len(rows)} unchanged" in out.getvalue()


def test_a_cell_too_long_for_the_csv_reader_or_a_nul_byte_imports_nothing_and_names_the_line(
    tmp_path,
):
    before = CityContact.objects.count()
    good = "bra-rad,Bra rad,service-centre,,,Hjälp,,,,no\n"
    huge = write(tmp_path, HEADER + good + "stor,Stor," + "x" * 200_000 + ",,,,,,,no\n")
    nul = write(tmp_path, HEADER + good + "nul,Med\x00nolla,service-centre,,,,,,,no\n", "nul.csv")

    with pytest.raises(CommandError) as too_long:
        call_command("import_contacts", huge)
    with pytest.raises(CommandError) as with_nul:
        call_command("import_contacts", nul)

    assert "Nothing was imported" in str(too_long.value)
    assert "Line 3: a cell holds more than 131072 characters" in str(too_long.value)
    assert "Line 3: a cell holds a NUL character" in str(with_nul.value)
    assert CityContact.objects.count() == before
    assert not CityContact.objects.filter(reference="bra-rad").exists()


def test_a_cell_that_would_run_as_a_formula_is_exported_as_text_and_imports_back(tmp_path):
    contact = CityContact.objects.get(reference="foreningsstod-jarva", locale__language_code="sv")
    contact.phone = "+46 8 508 000 00"
    contact.helps_with = '=HYPERLINK("http://example.com")'
    contact.save()
    path = tmp_path / "export.csv"

    call_command("export_contacts", output=str(path), stderr=io.StringIO())

    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    jarva = next(row for row in rows if row["reference"] == "foreningsstod-jarva")
    assert jarva["phone"] == "'+46 8 508 000 00"
    assert jarva["helps_with"] == '\'=HYPERLINK("http://example.com")'
    out = io.StringIO()
    call_command("import_contacts", str(path), stdout=out)
    assert f"0 created, 0 updated, {len(rows)} unchanged" in out.getvalue()
    contact.refresh_from_db()
    assert contact.phone == "+46 8 508 000 00"
