"""The XML escaping of the GraphML and GEXF writers (export.common.xml_text, xml_attr) is the
standard library's xml.sax.saxutils, which the writers no longer import (it pulls in
urllib.request and costs every command that loads the export package)."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from hypothesis import given
from hypothesis import strategies as st

from caregraph.export.common import xml_attr, xml_text

MARKUP = st.text(alphabet=st.sampled_from(list("&<>\"'\n\r\t a;#é")) | st.characters(), max_size=40)


@given(MARKUP)
def test_text_is_escaped_as_saxutils_escapes_it(text: str) -> None:
    assert xml_text(text) == escape(text, {"\r": "&#13;"})


@given(MARKUP)
def test_attributes_are_quoted_as_saxutils_quotes_them(text: str) -> None:
    assert xml_attr(text) == quoteattr(text)


def test_the_quoting_cases() -> None:
    assert xml_attr('say "hi"') == "'say \"hi\"'"
    assert xml_attr("it's \"x\"") == '"it\'s &quot;x&quot;"'
    assert xml_text("a & b <c>\r") == "a &amp; b &lt;c&gt;&#13;"
