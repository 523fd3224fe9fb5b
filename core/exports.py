"""The one writer for every spreadsheet the admin hands out, and the log of who took one.

Spreadsheet programs run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a
formula, and a leading tab or carriage return can hide such a start. Residents type
names, comments and search words on public forms: a name such as ``=cmd|' /C calc'!A0``
must reach a staff member's spreadsheet as text. Every cell of every export goes
through :func:`neutralise`, which puts an apostrophe in front of such a start (the
spreadsheet shows the text as typed); :func:`restore` undoes it for files that come
back, such as the contacts spreadsheet.

Exports carry residents' personal data, so each one is logged on ``portal.audit``: who,
which export, in which format, how many rows. Filter values are not logged: a staff
member's search may hold a resident's name.
"""

import csv
import logging

from django.http import HttpResponse
from django.utils import timezone

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

audit_log = logging.getLogger("portal.audit")


def neutralise(value):
    """A cell value that no spreadsheet program runs as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def restore(value):
    """The value :func:`neutralise` was given, for a cell read back from a file."""
    if isinstance(value, str) and value.startswith("'") and value[1:2] in FORMULA_STARTS:
        return value[1:]
    return value


class Writer:
    """``csv.writer`` whose every cell is neutralised."""

    def __init__(self, output, **options):
        self._writer = csv.writer(output, **options)

    def writerow(self, row):
        return self._writer.writerow([neutralise(cell) for cell in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def log_export(request, what, export_format, rows):
    user = request.user
    audit_log.info(
        "export %s as %s: %s rows, by user %s (id %s), filtered by %s",
        what,
        export_format,
        rows,
        user.get_username(),
        user.pk,
        ",".join(sorted(key for key in request.GET if key != "export")) or "nothing",
    )


def csv_response(request, what, headings, rows):
    """A CSV download named ``<what>-<date>.csv``, in UTF-8 that spreadsheets recognise."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{what}-{timezone.localdate().isoformat()}.csv"'
    )
    response.write("\ufeff")  # the byte-order mark makes spreadsheet programs read UTF-8
    writer = Writer(response)
    writer.writerow([str(heading) for heading in headings])
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    log_export(request, what, "csv", count)
    return response


def guard_wagtail_exports():
    """Route the CSV and XLSX exports of every Wagtail listing and report through
    :func:`neutralise` and the log.

    Wagtail's own reports (site history, aging pages, workflows …) export too, from a
    mixin shared by all of them, so the guard goes on that mixin once rather than on
    each of our views, and a view added later cannot forget it. (Wagtail already writes
    XLSX formulas as text; CSV it writes as given.)
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_portal_guarded", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    as_spreadsheet = SpreadsheetExportMixin.as_spreadsheet

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(preprocess(self, field, value, export_format))

    def logged_as_spreadsheet(self, queryset, spreadsheet_format):
        rows = len(queryset) if isinstance(queryset, list | tuple) else queryset.count()
        log_export(self.request, self.get_filename(), spreadsheet_format, rows)
        return as_spreadsheet(self, queryset, spreadsheet_format)

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.as_spreadsheet = logged_as_spreadsheet
    SpreadsheetExportMixin._portal_guarded = True
