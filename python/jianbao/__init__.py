"""jianbao (简报): Chinese government work bulletins (工作简报, 情况通报), official documents (公文)
and the pages around them as JSON-shaped dicts, every item with a byte span into the decoded text.

>>> import jianbao
>>> doc = jianbao.parse("2010工作简报第5期\\n\\n某市构建群众参与机制\\n\\n一、畅通渠道。抽调1347名机关干部。\\n")
>>> doc["bulletin"]["issue"]
5
>>> [q["value"] for q in jianbao.quantities("抽调1347名机关干部")]
[1347]

The documents are those of ``jianbao parse`` on the command line (see the repository's
``spec/interface.md``); ``parse_many`` parses a list on several threads without the GIL.
"""

from ._jianbao import __version__, parse, parse_many, quantities

__all__ = ["parse", "parse_many", "quantities", "__version__"]
