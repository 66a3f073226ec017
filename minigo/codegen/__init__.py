"""Code generation: the checked, annotated AST of a package to an llvmlite module.

See module.py for the driver and the other files for each language concern."""
from minigo.codegen.module import generate

__all__ = ["generate"]
