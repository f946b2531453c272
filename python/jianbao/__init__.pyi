from ._jianbao import __version__ as __version__
from ._jianbao import parse as parse
from ._jianbao import parse_many as parse_many
from ._jianbao import quantities as quantities
from typing import Any, Optional, Union

class View(str):
    def _repr_html_(self) -> str: ...

def view(
    data: Union[bytes, str],
    *,
    max_input_bytes: Optional[int] = ...,
    quantities: bool = ...,
    max_section_depth: int = ...,
    charset: Optional[str] = ...,
) -> View: ...
