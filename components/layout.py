"""Page furniture: headers, empty states, the presenter frame, and safe ways to show untrusted text."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import NoReturn

import streamlit as st


# Characters Markdown (and Streamlit's extensions: $math$, :colour[...]:, ~~strike~~, &entities;) give
# meaning to; "/" too, since Streamlit turns ":material/x:" into an icon before it reads any escape.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:/&])")
# Where Streamlit's Markdown would make a live link of plain text (https://…, www.…, name@host): a word
# joiner (U+2060, invisible) there leaves the text as it reads, but not a link.
_AUTOLINK_START = re.compile(r"(?i)(?<=\bhttps)(?=:)|(?<=\bhttp)(?=:)|(?<=\bftp)(?=:)|(?<=\bwww)(?=\.)|(?=@)")
_BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")

BASE_CSS = """
<style>
/* Lane names in the text colour of the theme (light or dark), not plotly's pale grey. */
.js-plotly-plot .yaxislayer-above .ytick text { fill: currentColor !important; font-weight: 600; }
mark.entente-hl { background: #F0E442; color: #000; padding: 0 .1em; }
pre.entente-doc { white-space: pre-wrap; word-wrap: break-word; font-size: .92rem; line-height: 1.5;
                  max-height: 38rem; overflow-y: auto; padding: .75rem; border-radius: .5rem;
                  border: 1px solid rgba(128,128,128,.35); }
</style>
"""

# Presenter mode: no sidebar, toolbar or header; large type; strong contrast for projectors.
PRESENTER_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="collapsedControl"],
[data-testid="stToolbar"], [data-testid="stHeader"], [data-testid="stDecoration"],
header[data-testid="stHeader"] { display: none !important; }
[data-testid="stMainBlockContainer"], .block-container { padding-top: 1rem !important; max-width: 96rem; }
/* Large type for the text only (not the page's rem, which would also swell buttons and tags past their
   boxes at a screen-share's 1280x720). */
[data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li,
[data-testid="stText"] { font-size: 1.35rem !important; }
h1 { font-size: 2.6rem !important; } h2 { font-size: 2.1rem !important; line-height: 1.2 !important; }
h3 { font-size: 1.7rem !important; }
[data-testid="stMarkdownContainer"] p, [data-testid="stText"] { font-weight: 500; }
[data-testid="stButton"] button p { font-size: 1.15rem !important; white-space: nowrap; }
</style>
"""


def md(text: object) -> str:
    """Untrusted text made literal for a Markdown context: `**x** [a](javascript:..)` shows as typed, a
    bare address is no link, ":material/home:" no icon, and bidi controls cannot reorder it."""
    plain = _AUTOLINK_START.sub("\u2060", _BIDI_CONTROLS.sub("", "" if text is None else str(text)))
    return _MD_SPECIAL.sub(r"\\\1", plain).replace("\n", " ")


_AFTER_PAGE = "_entente_after_page"


def after_page(draw: Callable[[], None] | None) -> None:
    """Draw something once the page has drawn (or stopped): the sidebar waits, so a page's chart reaches the
    browser first, and on a filter change the chart is redrawn before the filter widgets are."""
    st.session_state[_AFTER_PAGE] = draw  # None clears what a run cut short by st.rerun left


def finish() -> None:
    """Draw what after_page set aside, once."""
    draw = st.session_state.pop(_AFTER_PAGE, None)
    if draw is not None:
        draw()


def stop() -> NoReturn:
    """st.stop() for pages: what waits for the page (the filters) is still drawn, so they can be widened."""
    finish()
    st.stop()


def page_header(title: str, caption: str | None = None) -> None:
    st.title(title)
    if caption:
        st.caption(caption)


def empty_state(message: str, hint: str | None = None) -> None:
    st.info(message + (f"\n\n{hint}" if hint else ""), icon=":material/filter_alt_off:")


def base_styles() -> None:
    st.html(BASE_CSS)


def presenter_styles() -> None:
    st.html(PRESENTER_CSS)


def highlighted_text(text: str, start: int | None = None, end: int | None = None) -> str:
    """The document's text as escaped HTML, with [start, end) wrapped in <mark>: no tag in it survives."""
    if start is None or end is None or not (0 <= start < end <= len(text)):
        return f'<pre class="entente-doc">{html.escape(text)}</pre>'
    return (
        f'<pre class="entente-doc">{html.escape(text[:start])}<mark class="entente-hl" id="passage">'
        f"{html.escape(text[start:end])}</mark>{html.escape(text[end:])}</pre>"
    )


def passage_in_context(text: str, start: int, end: int, *, context: int = 400) -> str:
    """The highlighted passage with some text either side, cut at line or word breaks, as escaped HTML."""
    if not (0 <= start < end <= len(text)):
        return ""
    before = max(0, start - context)
    after = min(len(text), end + context)
    while before > 0 and text[before - 1] not in " \n":
        before += 1
    while after < len(text) and text[after] not in " \n":
        after -= 1
    window = text[before:after]
    body = highlighted_text(window, start - before, end - before)
    return body.replace('<pre class="entente-doc">', '<pre class="entente-doc">' + ("… " if before else ""), 1) \
        .replace("</pre>", (" …" if after < len(text) else "") + "</pre>")


def show_document_text(text: str, start: int | None = None, end: int | None = None) -> None:
    """The whole text; with a passage to show, the passage in context first and the whole text folded below."""
    if start is not None and end is not None and 0 <= start < end <= len(text):
        st.markdown("**The passage**")
        st.html(passage_in_context(text, start, end))
        with st.expander("Whole document", icon=":material/article:"):
            st.html(highlighted_text(text, start, end))
        return
    st.html(highlighted_text(text, start, end))
