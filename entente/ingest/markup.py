"""Markup left in a document's text made plain, once, when it is read: Markdown's headings, emphasis,
quotes, code fences, tables, links and raw HTML, and HTML entities (`&quot;`). What is stored is what the
user reads on the Documents page, so every offset (evidence, highlights) points into the plain text.

Hand-written, not markdown-it-py: that parser takes 21 s on 200,000 "[" (quadratic), and a document is
hostile until read. Every pattern here is bounded, so no text costs more than linear time.
"""

from __future__ import annotations

import html
import re

# Markdown that would become script or a live link if the text were ever rendered as Markdown. Every
# repeat is bounded so that no hostile text ("[[[[..." on a 1 MB line) costs more than linear time.
_DROPPED_ELEMENT = re.compile(r"<(script|style|iframe|object|embed)\b[^<>]{0,2000}>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,40}(?:\s[^<>]{0,2000})?/?>")
_LINK = re.compile(r"!?\[(?P<label>[^\[\]\n]{0,1000})\]"  # [label](target), [label][ref], [label][]
                      r"(?:\((?:[^()\n]|\([^()\n]{0,2000}\)){0,2000}\)|\[[^\[\]\n]{0,1000}\])")
_AUTOLINK = re.compile(r"<(?P<target>[A-Za-z][A-Za-z0-9+.-]{0,30}:[^<>\s]{0,2000})>")
_REFERENCE = re.compile(r"^ {0,3}\[[^\[\]\n]{1,1000}\]:[ \t]*\S.*$", re.MULTILINE)
_SAFE_SCHEMES = ("http:", "https:", "mailto:")


def _drop_elements(text: str) -> str:
    """Text without <script>, <style>, <iframe>, <object> and <embed> elements, content included; an
    element never closed loses its opening tag only."""
    lower = text.lower()
    unclosed: set[str] = set()  # no closing tag after some point means none after any later point
    out: list[str] = []
    pos = 0
    for match in _DROPPED_ELEMENT.finditer(text):
        if match.start() < pos:
            continue
        name = match.group(1).lower()
        close = -1 if name in unclosed else lower.find(f"</{name}", match.end())
        out.append(text[pos:match.start()])
        if close < 0:
            unclosed.add(name)
            pos = match.end()
        else:
            end = lower.find(">", close)
            pos = len(text) if end < 0 else end + 1
    out.append(text[pos:])
    return "".join(out)


def _autolink(match: re.Match[str]) -> str:
    """"<https://state.gov>" keeps its address; "<javascript:alert(1)>" goes."""
    target = match.group("target")
    return target if target.lower().startswith(_SAFE_SCHEMES) else ""



_FENCE = re.compile(r" {0,3}(?:`{3,}|~{3,})")
_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_RULE = re.compile(r" {0,3}(?:=+|([-*_])(?:[ \t]*\1){2,})[ \t]*")  # a setext underline or a thematic break
_QUOTE = re.compile(r" {0,3}(?:>[ \t]?)+")
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*")
_TABLE_ROW = re.compile(r"[ \t]*\|(.*)\|[ \t]*")
# A backslash escape, or a run of emphasis/code delimiters that opens (after a space or an opening mark,
# before a word) or closes (after a word, before a space or punctuation). "3 * 4", "snake_case" and
# "* item" are left alone.
_INLINE = re.compile(
    r"\\([!-/:-@\[-`{-~])"
    r"|(?<![^\s(\[{\"'‘“—–-])[*_~`]{1,3}(?=[^\s*_~`])"
    r"|(?<=[^\s*_~`])[*_~`]{1,3}(?![^\s)\]}.,;:!?\"'’”—–-])")


def _inline(match: re.Match[str]) -> str:
    return match.group(1) or ""


def tables_to_text(text: str) -> str:
    """Markdown tables ("| a | b |" over "|---|---|", as trafilatura writes HTML tables) as rows of
    tab-separated cells."""
    lines = []
    for line in text.split("\n"):
        if _TABLE_RULE.fullmatch(line):
            continue
        row = _TABLE_ROW.fullmatch(line)
        lines.append("\t".join(cell.strip() for cell in row.group(1).split("|")) if row else line)
    return "\n".join(lines)


def _block_line(line: str) -> str:
    heading = _HEADING.fullmatch(line)
    if heading:
        return heading.group(1) or ""
    if _RULE.fullmatch(line) or _FENCE.match(line):
        return ""
    quote = _QUOTE.match(line)
    return line[quote.end():] if quote else line


def markdown_to_text(text: str) -> str:
    """Markdown as the words a reader sees: "## Talks" is "Talks", "**signed**" is "signed", a link its
    label ("[Read more](javascript:alert(1))" is "Read more"), an image its description, "<https://state.gov>"
    its address and "<javascript:...>" nothing; link definitions, fences, rules and raw HTML tags go,
    <script> and <style> with their content; tables become tab-separated rows, entities their characters."""
    text = _drop_elements(text)
    text = _LINK.sub(lambda m: m.group("label"), text)
    text = _AUTOLINK.sub(_autolink, text)
    text = _REFERENCE.sub("", text)
    text = _TAG.sub("", text)
    text = tables_to_text("\n".join(_block_line(line) for line in text.split("\n")))
    text = _INLINE.sub(_inline, text)
    return html.unescape(text)
