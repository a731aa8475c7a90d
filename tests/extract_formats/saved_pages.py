"""Saved-looking web pages for the HTML reader's tests and the benchmark: an article amid
the chrome that real saved pages carry (navigation, cookie banner, newsletter box, related
links, footer)."""

from __future__ import annotations

ARTICLE = [
    ("The government has published its national kinship care strategy, setting out how "
    "children who cannot live with their parents will be supported by relatives and friends."),
    ("Ministers said that a new financial allowance would be tested in several local "
    "authorities from next year, alongside training and peer support for kinship carers."),
    ("The Children's Commissioner welcomed the strategy but warned that legal advice must "
    "reach every family before a court hearing rather than after it."),
]
CHROME = [
    "Cookie Policy",
    "We use cookies to improve your experience on our website",
    "Accept all cookies",
    "Sign up to our newsletter",
    "Get the latest news in your inbox every week",
    "Related articles",
    "Councils warn of rising demand for foster placements",
    "Skip to main content",
    "Copyright 2023 Example News Group",
    "Privacy notice",
]


def news_page(*, canonical: str = "https://news.example.org/kinship-strategy") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Kinship care strategy published | Example News</title>
<meta property="og:title" content="Kinship care strategy published">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-12-15T09:00:00+00:00">
<meta name="description" content="The government has published its kinship care strategy.">
<link rel="canonical" href="{canonical}">
</head><body>
<a class="skip" href="#main">Skip to main content</a>
<div id="cookie-banner" class="cookie-consent" role="dialog">
  <h2>Cookie Policy</h2><p>We use cookies to improve your experience on our website.</p>
  <button>Accept all cookies</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li><a href="/politics">Politics</a></li><li><a href="/care">Social care</a></li></ul></nav></header>
<main id="main"><article>
  <h1>Kinship care strategy published</h1>
  <p class="byline">By Jane Reporter, 15 December 2023</p>
  {paragraphs}
  <ul><li>An allowance for kinship carers in pilot areas.</li>
      <li>A new kinship care champion for England.</li></ul>
</article>
<aside class="newsletter"><h3>Sign up to our newsletter</h3>
  <p>Get the latest news in your inbox every week.</p><form><input type="email"><button>Subscribe</button></form></aside>
<section class="related"><h3>Related articles</h3><ul>
  <li><a href="/a">Councils warn of rising demand for foster placements</a></li>
  <li><a href="/b">Care leavers call for a lifelong guarantee</a></li></ul></section>
</main>
<footer><p>Copyright 2023 Example News Group</p><a href="/privacy">Privacy notice</a>
  <a href="/cookies">Cookie Policy</a></footer>
</body></html>"""


COUNCIL_ARTICLE = [
    ("The Children's Services Scrutiny Committee considered the council's response to the "
    "Independent Review of Children's Social Care at its meeting in March."),
    ("Members asked officers to set out how the family help model would be introduced in "
    "each locality, and how many social workers the council would need to recruit."),
    ("The Director of Children's Services reported that the council had applied to join "
    "the Families First for Children pathfinder programme."),
]
COUNCIL_CHROME = [
    "Accept additional cookies",
    "Reject additional cookies",
    "You are here",
    "Is this page useful?",
    "Report a problem with this page",
    "Council tax and benefits",
    "Bins and recycling",
    "Follow us on social media",
    "Accessibility statement",
    "Related content",
]


def council_page() -> str:
    """A council page in the GOV.UK style: cookie banner with two buttons, breadcrumbs, a
    side navigation, a feedback box, related content and a mega footer."""
    paragraphs = "".join(f"<p>{p}</p>" for p in COUNCIL_ARTICLE)
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Scrutiny committee considers care review response - Anytown Borough Council</title>
<meta name="DC.date.issued" content="2023-03-21">
<meta property="og:url" content="https://www.anytown.gov.uk/news/scrutiny-care-review">
</head><body>
<div class="govuk-cookie-banner" role="region" aria-label="Cookies on Anytown">
  <p>We'd like to set additional cookies to understand how you use the site.</p>
  <button>Accept additional cookies</button><button>Reject additional cookies</button></div>
<header class="site-header"><a href="/">Anytown Borough Council</a>
  <nav class="mega-menu"><a href="/ct">Council tax and benefits</a> <a href="/bins">Bins and recycling</a>
  <a href="/schools">Schools and education</a></nav></header>
<div class="breadcrumbs">You are here: <a href="/">Home</a> &gt; <a href="/news">News</a></div>
<div class="layout"><div class="sidebar"><ul><li><a href="/news/2023">News 2023</a></li>
  <li><a href="/news/archive">News archive</a></li></ul></div>
<div class="content"><h1>Scrutiny committee considers care review response</h1>{paragraphs}
<div class="related"><h2>Related content</h2><ul><li><a href="/c1">Fostering in Anytown</a></li>
  <li><a href="/c2">Children's services annual report</a></li></ul></div>
<div class="feedback"><h2>Is this page useful?</h2><button>Yes</button><button>No</button>
  <a href="/report">Report a problem with this page</a></div></div></div>
<footer><div class="social">Follow us on social media</div>
  <ul><li><a href="/a11y">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body></html>"""


PAGES = {"news": (news_page, ARTICLE, CHROME), "council": (council_page, COUNCIL_ARTICLE, COUNCIL_CHROME)}
