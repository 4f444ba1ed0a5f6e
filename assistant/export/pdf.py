"""The framing document as PDF: the HTML export laid out by WeasyPrint with its print CSS.

One source for both formats: the same template, the ``@page`` and ``@media print`` rules
of the HTML decide the A4 pages, page breaks and repeated table headers. WeasyPrint is
the optional ``pdf`` extra (it needs the pango and cairo system libraries).
"""

from __future__ import annotations

import logging

from assistant.errors import UserError
from assistant.models.document import FramingDocument


def render_pdf(document: FramingDocument) -> bytes:
    """The PDF bytes of a framing document."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:  # OSError: pango/cairo missing on the system
        raise UserError(
            "PDF export needs WeasyPrint and its system libraries (pango):"
            f" pip install 'data360[pdf]' ({type(error).__name__})",
            exit_code=2,
        ) from None
    from assistant.export.html import render_html

    # WeasyPrint logs every CSS property it ignores; those are not the user's concern.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    page = render_html(document)
    # No base URL and a fetcher that refuses everything: the page is self-contained.
    return HTML(string=page, base_url=None, url_fetcher=_no_fetch).write_pdf(
        presentational_hints=True
    )


def _no_fetch(url: str, *args: object, **kwargs: object) -> dict[str, object]:
    raise ValueError(f"the framing document fetches nothing ({url[:40]})")
