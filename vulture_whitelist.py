"""Names vulture cannot see being used: framework entry points and attributes set for a library to read."""

from components import map_chart
from entente import cluster, pipeline, settings, store
from entente.extract import themes
from entente.ingest import readers

# Dask calls a WorkerPlugin's setup(worker) and reads `idempotent`.
cluster.SpacyPlugin.idempotent
cluster.SpacyPlugin.setup
_.worker  # noqa: F821 - setup's argument, given by Dask

# html.parser.HTMLParser calls these.
readers._Depth.handle_starttag
readers._Depth.handle_endtag

# Attributes python-pptx and spaCy read when they are set (text frames, fonts, the deck's size; a Doc's tensor).
_.word_wrap  # noqa: F821
_.auto_size  # noqa: F821
_.alignment  # noqa: F821
_.italic  # noqa: F821
_.rgb  # noqa: F821
_.space_after  # noqa: F821
_.slide_width  # noqa: F821
_.slide_height  # noqa: F821
_.tensor  # noqa: F821

# Settings: `help` is shown by the settings table; ALL_SETTINGS is what the test that every setting is
# documented in the README walks.
settings.Setting.help
settings.ALL_SETTINGS

# The golden files of tests/data are written by tests/regenerate_golden_themes.py from this digest.
themes.ThemeTags.to_compact

# Called by name in a child process (entente.isolated_ingest._WHOLE).
pipeline.reextract_stored

# Tests drop the databases they made: the pooled connections must be released first.
store.close_engine

# The benchmarks remove the documents they copied with it; migration 0004 (not scanned) resolves a store with
# rebuild.
store.delete_documents
store.resolved.rebuild

# The file the Overview's map draws, served at app/static/ (tests/ui/test_overview_map.py reads it).
map_chart.WORLD_OUTLINE

# For the app's date fields (filters, corrections): to be called from components/ (remove this line then).
from entente import user_dates  # noqa: E402

user_dates.parse_user_date

# pysqlite reads it: store._sqlite_begins_itself turns off its implicit commits so DDL is transactional.
_.isolation_level  # noqa: F821
