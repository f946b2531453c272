"""jianbao (简报): Chinese government work bulletins (工作简报, 情况通报), official documents (公文)
and the pages around them as JSON-shaped dicts, every item with a byte span into the decoded text.

>>> import jianbao
>>> doc = jianbao.parse("2010工作简报第5期\\n\\n某市构建群众参与机制\\n\\n一、畅通渠道。抽调1347名机关干部。\\n")
>>> doc["bulletin"]["issue"]
5
>>> [q["value"] for q in jianbao.quantities("抽调1347名机关干部")]
[1347]

The documents are those of ``jianbao parse`` on the command line (see the repository's
``spec/interface.md``); ``parse_many`` parses a list on several threads without the GIL;
``view`` renders the annotated HTML view of a document.
"""

from ._jianbao import __version__, parse, parse_many, quantities
from ._jianbao import view as _view


class View(str):
    """The HTML of a view: a ``str`` that Jupyter displays as the page itself."""

    def _repr_html_(self) -> str:
        return str(self)


def view(data, **options) -> View:
    """The annotated HTML view of one page or bulletin (what ``jianbao view FILE`` writes): a
    self-contained page with no script, headline, sections, points and every quantity marked by
    its span, page chrome greyed beside the text. Options as for :func:`parse`. In Jupyter the
    returned string shows as the page."""
    return View(_view(data, **options))


__all__ = ["parse", "parse_many", "quantities", "view", "View", "__version__"]
