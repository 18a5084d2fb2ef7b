"""A list column of the event frame (countries, themes, document ids) turned around for fast filtering."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

_WIDEST = 16  # lists longer than this are not put in a table (it would hold every row that wide)


class Link(NamedTuple):
    """A list column turned around for filtering: for every value in every row's list, the row and the
    value's code; `values[code]` is the value. Integer codes make a lookup a few times faster than
    comparing the values themselves, and cost less memory."""

    rows: np.ndarray
    codes: np.ndarray
    values: pd.Index  # distinct, object dtype; may keep values no row holds any more

    @classmethod
    def of(cls, frame: pd.DataFrame, column: str, offset: int = 0) -> Link:
        cells = frame[column].to_numpy()
        # rows share their list objects (see _Reader): each distinct list is encoded once, as a row of
        # a table of codes padded with -1, and each row's codes are read off that table
        ids = np.fromiter(map(id, cells), dtype=np.int64, count=len(cells))
        _, first, inverse = np.unique(ids, return_index=True, return_inverse=True)
        distinct = [cells[i] for i in first]
        lengths = np.fromiter(map(len, distinct), dtype=np.int64, count=len(distinct))
        width = int(lengths.max(initial=0))
        if width > _WIDEST:  # a long list (an event merged from many documents): row by row instead
            lengths = np.fromiter(map(len, cells), dtype=np.int64, count=len(cells))
            distinct, inverse, width = list(cells), np.arange(len(cells)), 0
        flat = np.array([v for values in distinct for v in values] or [], dtype=object)
        codes, values = pd.factorize(flat)
        if not width:
            return cls(np.repeat(np.arange(offset, offset + len(cells)), lengths), codes,
                       pd.Index(values, dtype=object))
        table = np.full((len(distinct), width), -1, dtype=np.int32)
        starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
        table[np.repeat(np.arange(len(distinct)), lengths), np.arange(len(flat)) - starts] = codes
        per_row = table[inverse]
        rows, slots = np.nonzero(per_row >= 0)
        return cls(rows + offset, per_row[rows, slots], pd.Index(values, dtype=object))

    def rows_with(self, wanted: Iterable[Any]) -> np.ndarray:
        """The rows (with repeats) whose list holds any of `wanted`."""
        codes = self.values.get_indexer(pd.Index(list(wanted), dtype=object))
        return self.rows[np.isin(self.codes, codes[codes >= 0])]

    def present(self) -> list[Any]:
        """The values some row holds."""
        return list(self.values[np.unique(self.codes)])

    def carried(self, stays: np.ndarray, new_row: np.ndarray, added: Link) -> Link:
        """This link for the rows `stays` marks (renumbered by `new_row`) followed by `added`'s."""
        codes = self.values.get_indexer(added.values)
        unknown = codes < 0
        values = self.values
        if unknown.any():
            codes[unknown] = np.arange(len(values), len(values) + int(unknown.sum()))
            # concatenated as object arrays: Index.append would infer a string dtype and copy each value
            values = pd.Index(np.concatenate([values.to_numpy(), added.values.to_numpy()[unknown]]), dtype=object)
        return Link(np.concatenate([new_row[self.rows[stays]], added.rows]),
                    np.concatenate([self.codes[stays], codes[added.codes]]), values)

    def moved(self, position: np.ndarray) -> Link:
        return self._replace(rows=position[self.rows])
