"""schema.org data for a guide: the page, its steps as a HowTo, its questions as an
FAQPage. Search engines read it; the reader sees the same content on the page."""

import html

from django.utils.html import strip_tags
from django.utils.translation import get_language, gettext

from core.structured_data import script_json


def _plain(rich_text) -> str:
    return " ".join(html.unescape(strip_tags(rich_text.source)).split())


def guide_json_ld(request, guide) -> str:
    """The guide's JSON-LD, in its own language (the one it is served in)."""
    url = request.build_absolute_uri(guide.get_url(request))
    language = get_language()
    page = {
        "@type": "WebPage",
        "@id": url,
        "url": url,
        "name": guide.title,
        "description": guide.intro,
        "inLanguage": language,
        "publisher": {"@type": "GovernmentOrganization", "name": gettext("City of Stockholm")},
    }
    if guide.last_published_at:
        page["dateModified"] = guide.last_published_at.isoformat()
    graph, questions = [page], []
    for block in guide.body:
        if block.block_type == "steps":
            graph.append(
                {
                    "@type": "HowTo",
                    "name": block.value["title"],
                    "inLanguage": language,
                    "step": [
                        {
                            "@type": "HowToStep",
                            "position": position,
                            "name": step["title"],
                            "text": _plain(step["body"]),
                        }
                        for position, step in enumerate(block.value["steps"], start=1)
                    ],
                }
            )
        elif block.block_type == "faq":
            questions += [
                {
                    "@type": "Question",
                    "name": item["question"],
                    "acceptedAnswer": {"@type": "Answer", "text": _plain(item["answer"])},
                }
                for item in block.value["questions"]
            ]
    if questions:
        graph.append(
            {"@type": "FAQPage", "url": url, "inLanguage": language, "mainEntity": questions}
        )
    return script_json({"@context": "https://schema.org", "@graph": graph})
