"""Type stubs of the native module jianbao._jianbao."""

from typing import Any, Dict, List, Optional, Sequence, Union

__version__: str

Document = Dict[str, Any]
"""The JSON document of ``jianbao parse``: encoding, had_errors, format, title, date, author,
text, page, bulletin, frame, articles, diagnostics."""

Quantity = Dict[str, Any]
"""A quantity: text, span, value, approx, unit, unit_span (a table's unit), subject, subject_span, kind, direction, number."""

def parse(
    data: Union[bytes, str],
    *,
    max_input_bytes: Optional[int] = None,
    quantities: bool = True,
    max_section_depth: int = 4,
    charset: Optional[str] = None,
) -> Document:
    """Parses one page or bulletin (bytes in any encoding, or str) into its document.

    Raises ValueError when the input is larger than max_input_bytes (64 MiB by default)."""
    ...

def parse_many(
    items: Sequence[Union[bytes, str]],
    *,
    threads: Optional[int] = None,
    max_input_bytes: Optional[int] = None,
    quantities: bool = True,
    max_section_depth: int = 4,
    charsets: Optional[Sequence[Optional[str]]] = None,
) -> List[Document]:
    """Parses the inputs on ``threads`` threads without the GIL; documents in input order, and
    ``{"error": "..."}`` in the place of an input that cannot be parsed."""
    ...

def quantities(text: str) -> List[Quantity]:
    """The quantities of text, spans in UTF-8 byte offsets."""
    ...

def view(
    data: Union[bytes, str],
    *,
    max_input_bytes: Optional[int] = None,
    quantities: bool = True,
    max_section_depth: int = 4,
    charset: Optional[str] = None,
) -> str:
    """The annotated HTML view of one document: a self-contained page with no script."""
    ...
