"""`html.parser`, reading `<![...>` as browsers do instead of raising.

Card text comes from strangers (catalogue specs, READMEs on the Hub). Python 3.11's
`HTMLParser` hands `<![` to `_markupbase.parse_marked_section`, which raises AssertionError
on anything but a well-formed marked section (`<![\\n`, `<![A`): a traceback instead of a
verdict. Outside SVG and MathML, HTML reads `<![` up to the next `>` as a comment (the spec's
"bogus comment"), and so does this parser.
"""

from __future__ import annotations

import html.parser


class HTMLParser(html.parser.HTMLParser):
    """The standard parser, with `<![...>` read as a comment."""

    def parse_html_declaration(self, i: int) -> int:
        if self.rawdata.startswith("<![", i):
            return self.parse_bogus_comment(i)
        return super().parse_html_declaration(i)
