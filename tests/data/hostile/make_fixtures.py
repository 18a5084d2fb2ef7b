"""Writes the committed hostile fixtures of this folder (run once; the big ones are built by the test).

    .venv/bin/python tests/data/hostile/make_fixtures.py
"""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RELEASE = (
    "WASHINGTON, March 4, 2011 — Secretary of Defense Robert Gates met Pakistani Chief of Army Staff "
    "General Ashfaq Kayani at the Pentagon on March 3, 2011 to discuss border security and the "
    "strategic dialogue. {extra}\n\nThe two sides agreed to hold the next round of defense consultations "
    "in Islamabad in June 2011."
)


def release(extra: str) -> str:
    return RELEASE.format(extra=extra)


def pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose text layer says `text` (built by hand: no PDF writer is a dependency)."""
    stream = f"BT /F1 12 Tf 72 712 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def encrypted(pdf: bytes, *, user: str, owner: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def blank_pdf(pages: int = 2, *, after: bytes | None = None) -> bytes:
    """A PDF of `pages` pages with no text layer, as a scanner without OCR writes them (the image is
    left out: no reader looks at it); with `after`, those pages follow the pages of that PDF."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(after))) if after else PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_with_table() -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = "Joint Statement on Defense Consultations"
    document.add_paragraph(release("The delegations were:"))
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Michele Flournoy"
    table.cell(0, 1).text = "Under Secretary of Defense for Policy"
    table.cell(1, 0).text = "Salman Bashir"
    table.cell(1, 1).text = "Foreign Secretary of Pakistan"
    document.add_paragraph("Both delegations welcomed the progress made.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_of(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def fixtures() -> dict[str, bytes]:
    utf16 = release("Ministry’s delegation — Zürich.")
    return {
        "good_release.txt": release("").encode("utf-8"),
        "utf8_bom.txt": codecs.BOM_UTF8 + release("The Ministry’s note — “friendly”.").encode("utf-8"),
        "utf16_le_bom.txt": codecs.BOM_UTF16_LE + utf16.replace("Zürich", "Ankara").encode("utf-16-le"),
        "utf16_be_bom.txt": codecs.BOM_UTF16_BE + utf16.replace("Zürich", "Astana").encode("utf-16-be"),
        "utf16_le_no_bom.txt": utf16.replace("Zürich", "Tashkent").encode("utf-16-le"),
        "cp1252.txt": release("“Pakistan’s” café – €5 million").encode("cp1252"),
        "latin1.txt": release("Delegates from Zürich and São Tomé attended.").replace("—", "-")
        .encode("latin-1"),
        "utf8_with_one_cp1252_quote.txt":
            release("Kazakhstan’s minister").encode("utf-8") + b" and Uzbekistan\x92s envoy.",
        "nul_and_control_chars.txt":
            release("Terminal \x1b[31mred\x1b[0m text\x07 with a NUL\x00 inside.").encode("utf-8"),
        "windows_line_ends.md": ("# Readout of the Meeting\r\n\r\n" + release("")).encode("utf-8"),
        "duplicate_of_good_release.txt": codecs.BOM_UTF8 + (release("") + "\r\n").replace("\n", "\r\n")
        .encode("utf-8"),
        "binary_as_text.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        "elf_as_markdown.md": b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 200 + bytes(range(32)) * 8,
        "empty.txt": b"",
        "whitespace_only.md": b" \n\t\r\n   \n\xc2\xa0\n",
        "scanned_no_text_layer.pdf": blank_pdf(),
        "scanned_three_pages.pdf": blank_pdf(3),
        "partly_scanned.pdf": blank_pdf(2, after=pdf_with_text(
            "Secretary Clinton met Foreign Minister Qureshi in Islamabad on July 19, 2010.")),
        "encrypted_user_password.pdf": encrypted(pdf_with_text("Secret minutes of June 1, 2011."),
                                                 user="secret", owner="owner"),
        "encrypted_owner_password_only.pdf": encrypted(
            pdf_with_text("Defense Secretary Gates met General Kayani on March 3, 2011."),
            user="", owner="owner"),
        "text_layer.pdf": pdf_with_text("Secretary Clinton met Foreign Minister Qureshi on March 24, 2010."),
        "corrupt.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 99 0 R >> garbage \xff\xfe" * 20,
        "truncated.pdf": pdf_with_text("Talks were held in Islamabad on May 5, 2011.")[:300],
        "html_named_pdf.pdf": b"<html><body>Not a PDF at all</body></html>",
        "text_named_docx.docx": b"This is a plain text file that someone renamed to .docx",
        "zip_without_word_part.docx": zip_of({"readme.txt": b"not a word document"}),
        "ole_or_protected.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
        "broken_document_xml.docx": zip_of({"[Content_Types].xml": b"<Types/>",
                                            "word/document.xml": b"<not really xml"}),
        "with_table.docx": docx_with_table(),
        "legacy.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
    }


def main() -> None:
    for name, data in fixtures().items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
