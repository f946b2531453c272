from ._jianbao import __version__ as __version__
from ._jianbao import parse as parse
from ._jianbao import parse_many as parse_many
from ._jianbao import quantities as quantities
