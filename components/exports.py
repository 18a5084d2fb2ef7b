"""Download buttons for the view on screen: the events in the contract's formats, a briefing deck, and
the chart as PNG or SVG (drawn by kaleido in Debian's chromium, with nothing fetched from the network)."""

from __future__ import annotations

import os
import shlex
import textwrap
import threading
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.labels import country_name, safe, theme_name
from entente import export, settings
from entente.query import Filters

FORMATS: tuple[tuple[str, str, str, str], ...] = (
    # (label, format, file name, MIME type)
    ("CSV", "csv", "entente-events.csv", "text/csv"),
    ("JSON", "json", "entente-events.json", "application/json"),
    ("TimelineJS", "timelinejs", "entente-timelinejs.json", "application/json"),
    ("Calendar (.ics)", "ics", "entente-events.ics", "text/calendar"),
)
IMAGES: tuple[tuple[str, str, str], ...] = (("PNG", "png", "image/png"), ("SVG", "svg", "image/svg+xml"))
PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
# The browser kaleido drives: the system's, never one it downloads (kaleido.get_chrome must not run).
CHROMIUM = Path(os.environ.get("ENTENTE_CHROMIUM", "/usr/bin/chromium"))
IMAGE_WIDTH = 1400
CAPTION_CHARS = 190  # characters a caption line holds at IMAGE_WIDTH
SOURCES_NAMED = 3  # document titles a picture's caption names before "and N more"
_server_lock = threading.Lock()


def images_available() -> bool:
    """Whether charts can be drawn to files here: kaleido needs a Chromium on disk."""
    return CHROMIUM.exists()


def kaleido_page_options() -> dict[str, object]:
    """The plotly.js that ships inside the plotly package and MathJax off: kaleido's defaults would load
    MathJax (and, without plotly installed, plotly.js) from CDNs."""
    import plotly

    return {"plotly": str(Path(plotly.__file__).parent / "package_data" / "plotly.min.js"), "mathjax": False}


def _kaleido_started() -> None:
    """One kaleido server per process, on the system Chromium, offline."""
    import kaleido

    with _server_lock:
        if kaleido._global_server.is_running():  # the public start warns when running
            return
        options = kaleido_page_options()
        kaleido.start_sync_server(path=str(CHROMIUM), plotlyjs=options["plotly"], mathjax=False,
                                  silence_warnings=True)


def _lines(text: str, width: int = CAPTION_CHARS) -> str:
    """Escaped text broken into lines of at most `width` characters (plotly does not wrap annotations)."""
    return "<br>".join(safe(line) for line in textwrap.wrap(text, width)) if text else ""


def figure_image(figure: go.Figure | dict, fmt: str, *, width: int = IMAGE_WIDTH, title: str | None = None,
                 caption: str | None = None) -> bytes:
    """The figure as a `png` or `svg` file, light-themed whatever the app's theme (it goes on paper and
    slides), with `title` above and `caption` (the filters and "Source: ...") below, so a picture pasted
    into a brief says what it shows and where it comes from. Raises RuntimeError when there is no Chromium."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"image format must be png or svg, not {fmt!r}")
    if not images_available():
        raise RuntimeError(f"no Chromium at {CHROMIUM}: chart images can't be drawn here")
    import kaleido

    _kaleido_started()
    printable = go.Figure(figure)
    printable.update_layout(template="plotly_white", paper_bgcolor="white", plot_bgcolor="white")
    printable.update_xaxes(rangeslider_visible=False)  # a slider is for the screen, not for paper
    height = int(printable.layout.height or 500)
    margin = printable.layout.margin
    top, bottom = margin.t or 30, margin.b or 40
    if title:
        printable.update_layout(title=dict(text=f"<b>{safe(title)}</b>", x=0, xanchor="left", y=1, yanchor="top",
                                           yref="container", pad=dict(t=12, l=12), font=dict(size=18)))
        printable.update_layout(legend=dict(y=1.0, yanchor="bottom"))
        top += 44
    if caption:
        text = _lines(caption)
        lines = text.count("<br>") + 1
        printable.add_annotation(text=text, xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
                                 yshift=-(bottom - 4), showarrow=False, align="left", font=dict(size=12, color="#333"))
        bottom += 18 * lines + 12
    height += (top - (margin.t or 30)) + (bottom - (margin.b or 40))
    printable.update_layout(height=height, margin=dict(t=top, b=bottom))
    # kaleido directly rather than fig.to_image: plotly would pass per-call options the server ignores.
    return kaleido.calc_fig_sync(printable.to_dict(), opts={
        "format": fmt, "width": width, "height": height, "scale": 2 if fmt == "png" else 1})


def view_caption(filters: Filters, sources: list[str], *, theme_labels: dict[str, str] | None = None) -> str:
    """What a picture of the view shows, in words: its filters, then "Source: " and the documents' titles."""
    titles = [t for t in dict.fromkeys(sources) if t]
    shown = "; ".join(titles[:SOURCES_NAMED]) + (f"; and {len(titles) - SOURCES_NAMED} more" if len(titles) >
                                                 SOURCES_NAMED else "")
    return ("Filters: " + view_text(filters, theme_labels=theme_labels) + ". Source: "
            + (f"{len(titles)} document{'s' * (len(titles) != 1)}: {shown}" if titles else "no documents")
            + " (Entente).")


def view_text(filters: Filters, *, theme_labels: dict[str, str] | None = None) -> str:
    """The view in words: "United States–Pakistan · 2009–2010 · themes: Nuclear security"."""
    parts = [", ".join(country_name(c) for c in filters.countries) or "All counterparts"]
    if filters.pair:
        parts[0] += " (only bilateral events with the United States)"
    if filters.year_from or filters.year_to:
        parts.append(f"{filters.year_from or '…'}–{filters.year_to or '…'}")
    if filters.themes:
        parts.append("themes: " + ", ".join(theme_name(t, theme_labels) for t in filters.themes))
    if filters.types:
        parts.append("types: " + ", ".join(filters.types))
    if not filters.planned:
        parts.append("planned events hidden")
    return " · ".join(parts)


def _source_titles(events: pd.DataFrame) -> list[str]:
    """The titles of the documents the events come from, the most cited first."""
    from collections import Counter

    from entente import query

    cited = Counter(d for ds in events["document_ids"] for d in ds) if len(events) else Counter()
    known = query.document_sources(cited, events.attrs.get(query.STORE_ATTR)) if cited else {}
    return [known[d]["title"] for d, _ in cited.most_common() if d in known]


def _picture(events: pd.DataFrame, figure: go.Figure | dict, fmt: str, title: str, filters: Filters | None) -> bytes:
    caption = view_caption(filters, _source_titles(events)) if filters is not None else None
    return figure_image(figure, fmt, title=title, caption=caption)


def _deck(events: pd.DataFrame, figure: go.Figure | dict | None, title: str, filters: Filters | None = None) -> bytes:
    picture = _picture(events, figure, "png", title, filters) if figure is not None and images_available() else None
    return export.to_pptx(events, title=title, timeline_png=picture,
                          view=view_text(filters) if filters is not None else None)


def buttons(events: pd.DataFrame, *, figure: go.Figure | dict | None = None, title: str = "Entente briefing",
            command: str | None = None, filters: Filters | None = None) -> None:
    """One download button per format; each file holds exactly the events (and chart) on screen, and cites
    the documents they come from; chart pictures carry `title`, the `filters` and the sources.

    Files are made only when a button is pressed: drawing a picture takes a browser a second or two.
    Past ENTENTE_APP_EXPORT_EVENTS events the view is exported on the command line instead (`command`)."""
    limit = settings.app_export_events()
    chosen = filters.countries if filters is not None else ()
    if len(events) > limit:
        st.info(f"This view has {len(events):,} events. The app offers downloads of up to {limit:,} events, "
                "because the server keeps a downloaded file in memory while your session lasts. Narrow the "
                "filters, or export this view on the command line:", icon=":material/terminal:")
        st.code(command or "entente export --format csv", language="sh")
        if figure is not None:
            chart_buttons(events, figure, key="timeline", name="entente-timeline", title=title, filters=filters)
        return
    columns = st.columns(len(FORMATS) + 1)
    for column, (label, fmt, name, mime) in zip(columns, FORMATS, strict=False):
        with column:
            st.download_button(label, data=lambda fmt=fmt: export.export_bytes(events, fmt, chosen=chosen),
                               file_name=name, mime=mime, icon=":material/download:", on_click="ignore",
                               key=f"export-{fmt}", width="stretch")
    with columns[-1]:
        st.download_button("Briefing deck (.pptx)", data=lambda: _deck(events, figure, title, filters),
                           file_name="entente-briefing.pptx", mime=PPTX_MIME, icon=":material/slideshow:",
                           on_click="ignore", key="export-pptx", width="stretch",
                           help="16:9 slides: the view, the timeline, one slide per key event (delegations side by "
                                "side, quotes with their documents, speaker notes), and the sources.")
    if figure is not None:
        chart_buttons(events, figure, key="timeline", name="entente-timeline", title=title, filters=filters)


def chart_buttons(events: pd.DataFrame, figure: go.Figure | dict, *, key: str, name: str,
                  title: str = "Entente", filters: Filters | None = None) -> None:
    """PNG and SVG downloads of one chart (titled, with the filters and sources under it), or a note saying
    why there are none."""
    if not images_available():
        st.caption(f"Chart images need Chromium at {CHROMIUM}; it is not installed here.")
        return
    columns = st.columns(len(IMAGES) + 3)
    for column, (label, fmt, mime) in zip(columns, IMAGES, strict=False):
        with column:
            st.download_button(f"Chart as {label}", data=lambda fmt=fmt: _picture(events, figure, fmt, title, filters),
                               file_name=f"{name}.{fmt}", mime=mime, icon=":material/image:", on_click="ignore",
                               key=f"image-{key}-{fmt}", width="stretch")


def export_command(filters: Filters, fmt: str = "csv") -> str:
    """The `entente export` command that writes the same events as the view `filters` describes."""
    parts = ["entente", "export", "--format", fmt]
    if filters.countries:
        parts += ["--country", ",".join(filters.countries)]
    if filters.pair:
        parts.append("--pair")
    if filters.year_from is not None:
        parts += ["--year-from", str(filters.year_from)]
    if filters.year_to is not None:
        parts += ["--year-to", str(filters.year_to)]
    if filters.themes:
        parts += ["--theme", ",".join(filters.themes)]
    if filters.types:
        parts += ["--type", ",".join(filters.types)]
    if filters.document:
        parts += ["--document", filters.document]
    if not filters.planned:
        parts.append("--no-planned")
    return shlex.join(parts) + f" > entente-events.{fmt}"
