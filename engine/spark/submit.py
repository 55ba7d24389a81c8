"""The file to give spark-submit: ``spark-submit [options] submit.py check EVENTS... --output DIR``.

spark-submit runs a file, not a module, so this one imports the package absolutely.
"""

import importlib
import sys

if __name__ == "__main__":
    cli = importlib.import_module("sanctions_engine.cli")
    sys.exit(cli.main(["spark", *sys.argv[1:]]))
