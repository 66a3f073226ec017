"""Type checking: check_package annotates the parsed files and returns the Package.

See checker.py for the design, typesystem.py for the types codegen reads, and the
module docstrings of calls.py, builtins.py, statements.py and conversions.py for the
annotations each construct carries."""
from minigo.types.checker import check_package
from minigo.types.typesystem import Package, VarInit

__all__ = ["check_package", "Package", "VarInit"]
