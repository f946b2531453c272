#!/usr/bin/env python3
"""Score `jianbao quantities --jsonl` on cn2an's own numeral test tables.

cn2an (MIT) ships its tests inside its wheel; this script downloads the wheel from PyPI into a
temporary folder (nothing is copied into the repository), reads the strict, normal and smart
tables of `cn2an/cn2an_test.py` (string -> value), feeds every string on its own line to the
given command, and counts a string right when exactly one quantity with that value comes back.

    python3 tests/suites/cn2an_tables.py target/release/jianbao
"""
import json
import math
import pathlib
import subprocess
import sys
import tempfile
import types
import zipfile

VERSION = "0.5.24"


def tables(folder: pathlib.Path) -> dict:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", f"cn2an=={VERSION}", "--no-deps", "-q", "-d", str(folder)],
        check=True,
    )
    wheel = next(folder.glob("cn2an-*.whl"))
    source = zipfile.ZipFile(wheel).read("cn2an/cn2an_test.py").decode()
    module = types.ModuleType("cn2an_test")
    exec(source.replace("from .cn2an import Cn2An", "Cn2An = lambda: None"), module.__dict__)
    case = module.Cn2anTest()
    case.setUp()
    return dict(case.smart_data_dict)  # setUp folds strict and normal into smart


def main() -> int:
    binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/jianbao"
    with tempfile.TemporaryDirectory() as tmp:
        cases = tables(pathlib.Path(tmp))
    keys = list(cases)
    out = subprocess.run(
        [binary, "quantities", "--jsonl"], input="\n".join(keys) + "\n", capture_output=True, text=True, check=True
    ).stdout.splitlines()
    right, misses = 0, []
    for key, line in zip(keys, out):
        values = [q["value"] for q in json.loads(line)["quantities"] if q["value"] is not None]
        ok = len(values) == 1 and math.isclose(values[0], cases[key], rel_tol=1e-9, abs_tol=1e-18)
        right += ok
        if not ok:
            misses.append((key, cases[key], values))
    print(f"cn2an {VERSION} tables: {right}/{len(keys)} = {right / len(keys):.3f}")
    for miss in misses:
        print("  miss", *miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
