"""minigo's front end: Go source text to the syntax tree of minigo.syntax.ast.

`parse_file(filename, source) -> ast.File` raises minigo.errors.CompileErrors.  The
parser (and Lark) are loaded on the first call, so importing minigo.syntax.ast alone
stays cheap for the later stages.
"""


def parse_file(filename: str, source):
    """Parses one Go source file (bytes or str) into an ast.File; raises CompileErrors."""
    from minigo.syntax.parser import parse_file as parse
    return parse(filename, source)


__all__ = ["parse_file"]
