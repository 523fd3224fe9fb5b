"""What editors see when they pick a block: an icon, a description and a preview."""

import pytest

from guides.blocks import EasyReadStreamBlock, GuideStreamBlock, OrganisationChartBlock
from guides.models import OrganisationPage

pytestmark = pytest.mark.django_db

BLOCKS = {
    **GuideStreamBlock().child_blocks,
    **{f"easy-read-{name}": block for name, block in EasyReadStreamBlock().child_blocks.items()},
    "organisation-chart": OrganisationChartBlock(),
}


@pytest.mark.parametrize("name", BLOCKS)
def test_every_block_has_an_icon_a_description_and_a_preview_that_renders(name):
    block = BLOCKS[name]

    assert block.meta.icon != "placeholder"
    assert str(block.meta.description)
    assert block.meta.template
    html = block.render(block.get_preview_value())
    if name != "image":  # the image preview is empty until the library holds an image
        assert html.strip()


def test_organisation_page_accepts_only_one_diagram():
    assert OrganisationPage._meta.get_field("chart").stream_block.meta.max_num == 1
