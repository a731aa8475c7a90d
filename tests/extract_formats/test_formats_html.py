"""The HTML reader on a saved-looking news page: the article stays, the chrome goes."""

from __future__ import annotations

import pytest
from saved_pages import ARTICLE, PAGES, council_page, news_page

from caregraph.extract.formats import FormatError, read_html


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_article_is_kept_and_chrome_dropped(kind: str) -> None:
    make, article, chrome = PAGES[kind]
    text = read_html(make().encode("utf-8"), name=f"{kind}.html").text
    for sentence in article:
        assert sentence in text
    for line in chrome:
        assert line not in text, line
    assert "Home" not in text.split() and "Subscribe" not in text and "Yes" not in text.split()


def test_paragraphs_and_list_items_are_laid_out() -> None:
    text = read_html(news_page(), name="news.html").text
    assert f"{ARTICLE[0]}\n\n{ARTICLE[1]}" in text
    assert "• An allowance for kinship carers in pilot areas.\n• A new kinship care champion for England." in text


def test_metadata_from_meta_tags_and_canonical_link() -> None:
    meta = read_html(news_page(), name="news.html").metadata
    assert meta.title == "Kinship care strategy published"
    assert meta.date == "2023-12-15"
    assert meta.url == "https://news.example.org/kinship-strategy"
    assert meta.publisher == "Example News"


def test_dublin_core_date_and_og_url() -> None:
    meta = read_html(council_page(), name="council.html").metadata
    assert meta.date == "2023-03-21"
    assert meta.url == "https://www.anytown.gov.uk/news/scrutiny-care-review"
    assert meta.title == "Scrutiny committee considers care review response"


def test_cp1252_bytes_are_decoded() -> None:
    page = news_page().replace("Children's Commissioner", "Children\u2019s Commissioner")
    data = page.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').encode("cp1252")
    assert "Children\u2019s Commissioner welcomed the strategy" in read_html(data, name="old.html").text


def test_short_page_falls_back_to_block_text_without_chrome() -> None:
    page = (
        "<html><head><title>Note</title></head><body><nav>Home News</nav>"
        "<div class='cookie-banner'>Cookie Policy</div><p>Kinship carers meet on Tuesday.</p>"
        "<footer>Copyright</footer></body></html>"
    )
    doc = read_html(page, name="note.html")
    assert doc.text == "Kinship carers meet on Tuesday."
    assert doc.pages == ()


def test_page_without_text_is_an_error() -> None:
    with pytest.raises(FormatError, match=r"^empty\.html: "):
        read_html("<html><body><nav>Home</nav><script>x()</script></body></html>", name="empty.html")
    with pytest.raises(FormatError, match=r"^blank\.html: empty file"):
        read_html(b"   \n", name="blank.html")
