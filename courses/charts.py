"""Bar charts drawn on the server as SVG, for the evaluation of a programme's rounds.

Each category has one bar per series (a round), side by side; every bar carries its
series' name and value as text, so the chart does not rest on colour alone, and the
page shows the same figures as a table under it.
"""

from dataclasses import dataclass, field

from django.template.defaultfilters import floatformat

WIDTH = 640
LABEL_HEIGHT = 18
BAR_HEIGHT = 16
BAR_GAP = 4
GROUP_GAP = 14
# Room on the right of the longest bar for its text.
TEXT_ROOM = 190
# Distinct to people with the common colour-vision deficiencies (Okabe and Ito), all
# with at least 3:1 contrast against white.
COLOURS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#56b4e9", "#e69f00"]


@dataclass
class Bar:
    y: int
    width: int
    colour: str
    text: str
    text_x: int
    text_y: int


@dataclass
class Chart:
    key: str
    title: str
    series: list  # series names, in order
    rows: list  # (category label, [value per series])
    unit: str = ""
    height: int = 0
    labels: list = field(default_factory=list)  # (text, y)
    bars: list = field(default_factory=list)

    # The drawing's size and each bar's height, for the template.
    width = WIDTH
    bar_height = BAR_HEIGHT

    @property
    def legend(self):
        return list(zip(self.series, COLOURS, strict=False))


def _shown(value, unit):
    # As the table under the chart shows it: one decimal at most, rounded half up, in
    # the page's number format.
    value = floatformat(value, -1)
    return f"{value} {unit}" if unit else value


def bar_chart(key, title, series, rows, unit=""):
    """A chart of ``rows`` ((label, [value per series])) with its geometry worked out.
    Values are numbers; None is drawn as no bar and shown as a dash."""
    chart = Chart(key, title, list(series), list(rows), unit)
    largest = max((value for _label, values in chart.rows for value in values if value), default=0)
    room = WIDTH - TEXT_ROOM
    y = 0
    for label, values in chart.rows:
        chart.labels.append((label, y + LABEL_HEIGHT - 4))
        y += LABEL_HEIGHT
        for index, value in enumerate(values):
            width = round(room * value / largest) if value and largest else 0
            name = chart.series[index]
            shown = "\u2013" if value is None else _shown(value, unit)
            chart.bars.append(
                Bar(
                    y=y,
                    width=width,
                    colour=COLOURS[index % len(COLOURS)],
                    text=f"{name}: {shown}",
                    text_x=width + 6,
                    text_y=y + BAR_HEIGHT - 3,
                )
            )
            y += BAR_HEIGHT + BAR_GAP
        y += GROUP_GAP
    chart.height = max(y, LABEL_HEIGHT)
    return chart
