"""Download buttons for the view on screen: the events in the contract's formats, a briefing deck, and
the chart as PNG or SVG (drawn by kaleido in Debian's chromium, with nothing fetched from the network)."""

from __future__ import annotations

import os
import shlex
import threading
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

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
        if kaleido._global_server.is_running():  # noqa: SLF001 - the public start warns when running
            return
        options = kaleido_page_options()
        kaleido.start_sync_server(path=str(CHROMIUM), plotlyjs=options["plotly"], mathjax=False,
                                  silence_warnings=True)


def figure_image(figure: go.Figure | dict, fmt: str, *, width: int = IMAGE_WIDTH) -> bytes:
    """The figure as a `png` or `svg` file, light-themed whatever the app's theme (it goes on paper and
    slides). Raises RuntimeError when there is no Chromium."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"image format must be png or svg, not {fmt!r}")
    if not images_available():
        raise RuntimeError(f"no Chromium at {CHROMIUM}: chart images can't be drawn here")
    import kaleido

    _kaleido_started()
    printable = go.Figure(figure)
    printable.update_layout(template="plotly_white", paper_bgcolor="white", plot_bgcolor="white")
    height = int(printable.layout.height or 500)
    # kaleido directly rather than fig.to_image: plotly would pass per-call options the server ignores.
    return kaleido.calc_fig_sync(printable.to_dict(), opts={
        "format": fmt, "width": width, "height": height, "scale": 2 if fmt == "png" else 1})


def _deck(events: pd.DataFrame, figure: go.Figure | dict | None, title: str) -> bytes:
    picture = figure_image(figure, "png") if figure is not None and images_available() else None
    return export.to_pptx(events, title=title, timeline_png=picture)


def buttons(events: pd.DataFrame, *, figure: go.Figure | dict | None = None, title: str = "Entente briefing",
            command: str | None = None) -> None:
    """One download button per format; each file holds exactly the events (and chart) on screen.

    Files are made only when a button is pressed: drawing a picture takes a browser a second or two.
    Past ENTENTE_APP_EXPORT_EVENTS events the view is exported on the command line instead (`command`)."""
    limit = settings.app_export_events()
    if len(events) > limit:
        st.info(f"This view has {len(events):,} events. The app offers downloads of up to {limit:,} events, "
                "because the server keeps a downloaded file in memory while your session lasts. Narrow the "
                "filters, or export this view on the command line:", icon=":material/terminal:")
        st.code(command or "entente export --format csv", language="sh")
        if figure is not None:
            chart_buttons(figure, key="timeline", name="entente-timeline")
        return
    columns = st.columns(len(FORMATS) + 1)
    for column, (label, fmt, name, mime) in zip(columns, FORMATS, strict=False):
        with column:
            st.download_button(label, data=lambda fmt=fmt: export.export_bytes(events, fmt), file_name=name, mime=mime,
                               icon=":material/download:", on_click="ignore", key=f"export-{fmt}",
                               width="stretch")
    with columns[-1]:
        st.download_button("Briefing deck (.pptx)", data=lambda: _deck(events, figure, title),
                           file_name="entente-briefing.pptx", mime=PPTX_MIME, icon=":material/slideshow:",
                           on_click="ignore", key="export-pptx", width="stretch",
                           help="A title slide, the timeline, then one slide per event with its roster and quotes.")
    if figure is not None:
        chart_buttons(figure, key="timeline", name="entente-timeline")


def chart_buttons(figure: go.Figure | dict, *, key: str, name: str) -> None:
    """PNG and SVG downloads of one chart, or a note saying why there are none."""
    if not images_available():
        st.caption(f"Chart images need Chromium at {CHROMIUM}; it is not installed here.")
        return
    columns = st.columns(len(IMAGES) + 3)
    for column, (label, fmt, mime) in zip(columns, IMAGES, strict=False):
        with column:
            st.download_button(f"Chart as {label}", data=lambda fmt=fmt: figure_image(figure, fmt),
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
    return shlex.join(parts) + f" > entente-events.{fmt}"
